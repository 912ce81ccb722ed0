package dev.switchboard.shared.agents;

import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Validation of agent and group input. The backend enforces these rules; the workstation uses
 * the same ones to tell the user before sending.
 */
public final class AgentRules {

    public static final Pattern LOGIN = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");
    public static final int DISPLAY_NAME_MAX = 80;
    public static final int MAX_CHATS_LIMIT = 50;
    public static final int GROUP_NAME_MAX = 60;
    public static final int GROUP_DESCRIPTION_MAX = 500;
    public static final int GROUPS_PER_AGENT_MAX = 50;

    private AgentRules() {
    }

    public static List<FieldError> check(NewAgent agent) {
        List<FieldError> errors = checkAccount(agent);
        errors.addAll(PasswordRules.check("password", agent.password()));
        return errors;
    }

    /**
     * Everything of a new account but the rule for new passwords: for the accounts the backend
     * creates itself at start-up (the demo team's documented password), which are not user input.
     */
    public static List<FieldError> checkAccount(NewAgent agent) {
        List<FieldError> errors = new ArrayList<>();
        if (agent.login() == null || !LOGIN.matcher(agent.login()).matches()) {
            errors.add(new FieldError("login",
                    "2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        checkDisplayName(agent.displayName(), true, errors);
        if (agent.password() == null || agent.password().isEmpty()) {
            errors.add(new FieldError("password", PasswordRules.REQUIRED));
        }
        if (agent.role() == null) {
            errors.add(new FieldError("role", "required: AGENT, SUPERVISOR or ADMIN"));
        }
        checkGroups(agent.groupIds(), errors);
        checkMaxChats(agent.maxChats(), errors);
        return errors;
    }

    public static List<FieldError> check(AgentPatch patch) {
        List<FieldError> errors = new ArrayList<>();
        checkDisplayName(patch.displayName(), false, errors);
        if (patch.password() != null) {
            errors.addAll(PasswordRules.check("password", patch.password()));
        }
        checkGroups(patch.groupIds(), errors);
        checkMaxChats(patch.maxChats(), errors);
        return errors;
    }

    public static List<FieldError> check(NewGroup group) {
        List<FieldError> errors = new ArrayList<>();
        checkGroupName(group.name(), true, errors);
        checkGroupDescription(group.description(), errors);
        return errors;
    }

    public static List<FieldError> check(GroupPatch patch) {
        List<FieldError> errors = new ArrayList<>();
        checkGroupName(patch.name(), false, errors);
        checkGroupDescription(patch.description(), errors);
        return errors;
    }

    private static void checkDisplayName(String name, boolean required, List<FieldError> errors) {
        if (name == null) {
            if (required) {
                errors.add(new FieldError("displayName", "required"));
            }
        } else if (name.isBlank() || name.length() > DISPLAY_NAME_MAX || hasControlCharacters(name)) {
            errors.add(new FieldError("displayName", "1 to " + DISPLAY_NAME_MAX + " characters, no control characters"));
        }
    }

    private static void checkGroups(List<Long> groupIds, List<FieldError> errors) {
        if (groupIds == null) {
            return;
        }
        if (groupIds.size() > GROUPS_PER_AGENT_MAX || groupIds.stream().anyMatch(id -> id == null || id <= 0)) {
            errors.add(new FieldError("groupIds", "at most " + GROUPS_PER_AGENT_MAX + " positive group ids"));
        }
    }

    private static void checkMaxChats(Integer maxChats, List<FieldError> errors) {
        if (maxChats != null && (maxChats < 0 || maxChats > MAX_CHATS_LIMIT)) {
            errors.add(new FieldError("maxChats", "0 to " + MAX_CHATS_LIMIT));
        }
    }

    private static void checkGroupName(String name, boolean required, List<FieldError> errors) {
        if (name == null) {
            if (required) {
                errors.add(new FieldError("name", "required"));
            }
        } else if (name.isBlank() || name.length() > GROUP_NAME_MAX || hasControlCharacters(name)) {
            errors.add(new FieldError("name", "1 to " + GROUP_NAME_MAX + " characters, no control characters"));
        }
    }

    private static void checkGroupDescription(String description, List<FieldError> errors) {
        if (description != null && (description.length() > GROUP_DESCRIPTION_MAX)) {
            errors.add(new FieldError("description", "at most " + GROUP_DESCRIPTION_MAX + " characters"));
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }
}
