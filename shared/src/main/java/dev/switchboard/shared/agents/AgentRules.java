package dev.switchboard.shared.agents;

import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    /** The messages of field errors a client words in its own language. */
    public static final String LOGIN_FORMAT = "2 to 32 characters: lower-case letters, digits, '.', '_' or '-', starting with a letter or digit";
    public static final String LOGIN_TAKEN = "taken";
    public static final String DISPLAY_NAME_FORMAT = "1 to " + DISPLAY_NAME_MAX + " characters, no control characters";
    public static final String MAX_CHATS_RANGE = "0 to " + MAX_CHATS_LIMIT;
    public static final String TOO_MANY_GROUPS = "at most " + GROUPS_PER_AGENT_MAX + " positive group ids";
    public static final String SKILL_RANGE = "each skill " + SkillChange.MIN + " to " + SkillChange.MAX + ", in one of the agent's groups";

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
            errors.add(new FieldError("login", LOGIN_FORMAT));
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
        checkSkills(agent.skills(), agent.groupIds() == null ? List.of() : agent.groupIds(), errors);
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
        // without new groups, whether the agent is in a skill's group is for the backend to say
        checkSkills(patch.skills(), patch.groupIds(), errors);
        return errors;
    }

    /** An administrator's new password for an account: the rule for new passwords. */
    public static List<FieldError> check(PasswordReset reset) {
        return PasswordRules.check("password", reset.password());
    }

    /** What an agent changes of their own account. */
    public static List<FieldError> check(ProfileChange change) {
        List<FieldError> errors = new ArrayList<>();
        checkDisplayName(change.displayName(), true, errors);
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
            errors.add(new FieldError("displayName", DISPLAY_NAME_FORMAT));
        }
    }

    private static void checkGroups(List<Long> groupIds, List<FieldError> errors) {
        if (groupIds == null) {
            return;
        }
        if (groupIds.size() > GROUPS_PER_AGENT_MAX || groupIds.stream().anyMatch(id -> id == null || id <= 0)) {
            errors.add(new FieldError("groupIds", TOO_MANY_GROUPS));
        }
    }

    /** Skills in range, each for one of {@code groupIds} when those are known (null: not known here). */
    private static void checkSkills(Map<Long, Integer> skills, List<Long> groupIds, List<FieldError> errors) {
        if (skills == null) {
            return;
        }
        boolean bad = skills.entrySet().stream().anyMatch(skill -> skill.getKey() == null || skill.getValue() == null
                || skill.getValue() < SkillChange.MIN || skill.getValue() > SkillChange.MAX
                || groupIds != null && !groupIds.contains(skill.getKey()));
        if (bad) {
            errors.add(new FieldError("skills", SKILL_RANGE));
        }
    }

    private static void checkMaxChats(Integer maxChats, List<FieldError> errors) {
        if (maxChats != null && (maxChats < 0 || maxChats > MAX_CHATS_LIMIT)) {
            errors.add(new FieldError("maxChats", MAX_CHATS_RANGE));
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
