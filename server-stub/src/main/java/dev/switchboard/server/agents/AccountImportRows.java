package dev.switchboard.server.agents;

import dev.switchboard.server.auth.PasswordPolicy;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.TableFile;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.imports.ImportAction;
import dev.switchboard.shared.imports.ImportError;
import dev.switchboard.shared.imports.ImportErrorCode;
import dev.switchboard.shared.imports.ImportRow;
import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What each row of an accounts file means against the accounts there are: a new account (its
 * {@link NewAgent}), a change of an existing one (its new state), nothing, or errors named by
 * column. The shared {@link AgentRules} and the password policy decide, as for the account
 * editor; a blank cell leaves the account's value as it is.
 */
final class AccountImportRows {

    private static final Pattern GROUP_SEPARATORS = Pattern.compile("[;,；，]");

    /** One row's meaning: {@code create} or {@code changed} is set when the row writes anything. */
    record Plan(ImportRow report, NewAgent create, boolean createDisabled, Agent changed, boolean accessChanged) {
    }

    private final Principal caller;
    private final PasswordPolicy passwords;
    private final Map<String, Agent> byLogin = new HashMap<>();
    private final Map<String, Long> groupIds = new HashMap<>();
    private final Map<String, Integer> seen = new HashMap<>();

    AccountImportRows(Principal caller, PasswordPolicy passwords, List<Agent> agents, Map<Long, String> groupNames) {
        this.caller = caller;
        this.passwords = passwords;
        agents.forEach(agent -> byLogin.put(agent.login(), agent));
        groupNames.forEach((id, name) -> groupIds.put(name, id));
    }

    List<Plan> plan(TableFile table) {
        return table.rows().stream().map(this::plan).toList();
    }

    private Plan plan(TableFile.Row row) {
        List<ImportError> errors = new ArrayList<>();
        String login = row.cell("login");
        Integer earlier = seen.putIfAbsent(login, row.number());
        if (earlier != null && !login.isEmpty()) {
            errors.add(ImportError.of("login", ImportErrorCode.ALSO_IN_ROW, "row", Integer.toString(earlier)));
        }
        String displayName = blankToNull(row.cell("displayName"));
        Role role = role(row.cell("role"), errors);
        List<Long> groups = groups(row.cell("groups"), errors);
        Integer maxChats = number(row.cell("maxChats"), errors);
        Boolean enabled = flag(row.cell("enabled"), errors);
        String password = blankToNull(row.cell("password"));
        Agent current = byLogin.get(login);
        if (current == null) {
            NewAgent create = new NewAgent(login, displayName, password, role == null ? Role.AGENT : role, groups, maxChats);
            errors.addAll(columns(AgentRules.check(create)));
            if (password != null && errors.stream().noneMatch(error -> error.field().equals("password"))) {
                passwords.check("password", password).forEach(error -> errors.add(ImportError.of("password", error)));
            }
            return errors.isEmpty()
                    ? new Plan(new ImportRow(row.number(), login, ImportAction.CREATE, List.of(), List.of()), create, Boolean.FALSE.equals(enabled),
                    null, false)
                    : refused(row, login, errors);
        }
        if (password != null) {
            errors.add(ImportError.of("password", ImportErrorCode.PASSWORD_OF_EXISTING_ACCOUNT));
        }
        errors.addAll(columns(AgentRules.check(new AgentPatch(displayName, null, role, groups, maxChats, enabled))));
        if (current.id() == caller.agentId() && (Boolean.FALSE.equals(enabled) || (role != null && role != Role.ADMIN))) {
            errors.add(ImportError.of(Boolean.FALSE.equals(enabled) ? "enabled" : "role", ImportErrorCode.OWN_ACCOUNT));
        }
        if (!errors.isEmpty()) {
            return refused(row, login, errors);
        }
        Agent changed = new Agent(current.id(), login, displayName == null ? current.displayName() : displayName.strip(),
                role == null ? current.role() : role, groups == null ? current.groupIds() : groups, current.skills(),
                maxChats == null ? current.maxChats() : maxChats, current.status(), enabled == null ? current.enabled() : enabled,
                current.version(), current.statusReasonId());
        List<String> changes = new ArrayList<>();
        compare(changes, "displayName", current.displayName(), changed.displayName());
        compare(changes, "role", current.role(), changed.role());
        compare(changes, "groups", new TreeSet<>(current.groupIds()), new TreeSet<>(changed.groupIds()));
        compare(changes, "maxChats", current.maxChats(), changed.maxChats());
        compare(changes, "enabled", current.enabled(), changed.enabled());
        if (changes.isEmpty()) {
            return new Plan(new ImportRow(row.number(), login, ImportAction.UNCHANGED, List.of(), List.of()), null, false, null, false);
        }
        boolean access = changes.contains("role") || changes.contains("groups") || changes.contains("enabled");
        return new Plan(new ImportRow(row.number(), login, ImportAction.UPDATE, changes, List.of()), null, false, changed, access);
    }

    private static Plan refused(TableFile.Row row, String login, List<ImportError> errors) {
        return new Plan(new ImportRow(row.number(), login, ImportAction.ERROR, List.of(), errors), null, false, null, false);
    }

    private static Role role(String cell, List<ImportError> errors) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Role.valueOf(cell.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(ImportError.of("role", ImportErrorCode.ROLE_UNKNOWN));
            return null;
        }
    }

    private List<Long> groups(String cell, List<ImportError> errors) {
        if (cell.isEmpty()) {
            return null;
        }
        Set<Long> ids = new TreeSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : GROUP_SEPARATORS.split(cell)) {
            String group = name.strip();
            if (group.isEmpty()) {
                continue;
            }
            Long id = groupIds.get(group);
            if (id == null) {
                unknown.add(group);
            } else {
                ids.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            errors.add(ImportError.of("groups", ImportErrorCode.NO_SUCH_GROUP, "names", String.join(", ", unknown)));
        }
        return List.copyOf(ids);
    }

    private static Integer number(String cell, List<ImportError> errors) {
        if (cell.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(cell);
        } catch (NumberFormatException notANumber) {
            errors.add(ImportError.of("maxChats", ImportErrorCode.MAX_CHATS_RANGE, "max", Integer.toString(AgentRules.MAX_CHATS_LIMIT)));
            return null;
        }
    }

    private static Boolean flag(String cell, List<ImportError> errors) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "" -> null;
            case "true", "yes", "1", "是" -> Boolean.TRUE;
            case "false", "no", "0", "否" -> Boolean.FALSE;
            default -> {
                errors.add(ImportError.of("enabled", ImportErrorCode.NOT_TRUE_OR_FALSE));
                yield null;
            }
        };
    }

    /** The rules name JSON fields; the file names the groups by name in its {@code groups} column. */
    private static List<ImportError> columns(List<FieldError> errors) {
        return errors.stream().map(error -> ImportError.of(error.field().equals("groupIds") ? "groups" : error.field(), error)).toList();
    }

    private static void compare(List<String> changes, String column, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(column);
        }
    }

    private static String blankToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }
}
