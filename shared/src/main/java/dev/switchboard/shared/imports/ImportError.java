package dev.switchboard.shared.imports;

import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.SkillChange;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.problem.FieldError;
import java.util.Map;
import java.util.TreeMap;

/**
 * One refused cell of an imported row: its column ({@code field}), why as a code with parameters
 * for the workstation to word in its reader's language, and the same in English ({@code message})
 * for scripts and readers that show text only.
 */
public record ImportError(String field, String message, ImportErrorCode code, Map<String, String> params) {

    public ImportError {
        code = code == null ? ImportErrorCode.OTHER : code;
        params = params == null ? Map.of() : Map.copyOf(new TreeMap<>(params));
        message = message == null ? english(code, params) : message;
    }

    /** An error of {@code column} for {@code code}, parameters as name, value, name, value; its English words made up. */
    public static ImportError of(String column, ImportErrorCode code, String... namesAndValues) {
        Map<String, String> params = new TreeMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            params.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return new ImportError(column, null, code, params);
    }

    /**
     * A shared rule's field error as an import error of {@code column}: the rules' messages are
     * protocol constants, each meaning one code; one this does not know stays English only.
     */
    public static ImportError of(String column, FieldError error) {
        String message = error.message();
        if (PasswordRules.REQUIRED.equals(message)) {
            return of(column, ImportErrorCode.REQUIRED);
        } else if (AgentRules.LOGIN_FORMAT.equals(message)) {
            return of(column, ImportErrorCode.LOGIN_FORMAT, "min", "2", "max", "32");
        } else if (AgentRules.DISPLAY_NAME_FORMAT.equals(message)) {
            return of(column, ImportErrorCode.DISPLAY_NAME_FORMAT, "max", Integer.toString(AgentRules.DISPLAY_NAME_MAX));
        } else if (AgentRules.MAX_CHATS_RANGE.equals(message)) {
            return of(column, ImportErrorCode.MAX_CHATS_RANGE, "max", Integer.toString(AgentRules.MAX_CHATS_LIMIT));
        } else if (AgentRules.SKILL_RANGE.equals(message)) {
            return of(column, ImportErrorCode.SKILL_RANGE, "min", Integer.toString(SkillChange.MIN), "max", Integer.toString(SkillChange.MAX));
        } else if (AgentRules.TOO_MANY_GROUPS.equals(message)) {
            return of(column, ImportErrorCode.TOO_MANY_GROUPS, "max", Integer.toString(AgentRules.GROUPS_PER_AGENT_MAX));
        } else if (PasswordRules.TOO_SHORT.equals(message)) {
            return of(column, ImportErrorCode.PASSWORD_TOO_SHORT, "min", Integer.toString(PasswordRules.MIN_LENGTH));
        } else if (PasswordRules.TOO_LONG.equals(message)) {
            return of(column, ImportErrorCode.PASSWORD_TOO_LONG, "max", Integer.toString(PasswordRules.MAX_LENGTH));
        } else if (PasswordRules.TOO_COMMON.equals(message)) {
            return of(column, ImportErrorCode.PASSWORD_TOO_COMMON);
        } else if (CannedReplyRules.SHORTCUT_MESSAGE.equals(message)) {
            return of(column, ImportErrorCode.SHORTCUT_FORMAT, "max", Integer.toString(CannedReplyRules.MAX_SHORTCUT));
        } else if (CannedReplyRules.TITLE_MESSAGE.equals(message)) {
            return of(column, ImportErrorCode.TITLE_LENGTH, "max", Integer.toString(CannedReplyRules.MAX_TITLE));
        } else if (CannedReplyRules.BODY_MESSAGE.equals(message)) {
            return of(column, ImportErrorCode.BODY_LENGTH, "max", Integer.toString(CannedReplyRules.MAX_BODY));
        } else if (CannedReplyRules.CATEGORY_MESSAGE.equals(message)) {
            return of(column, ImportErrorCode.CATEGORY_FORMAT, "max", Integer.toString(CannedReplyRules.MAX_CATEGORY));
        }
        return new ImportError(column, message, ImportErrorCode.OTHER, Map.of());
    }

    public String param(String name) {
        return params.getOrDefault(name, "");
    }

    /** As a problem's field error, the column after the row: {@code row 3: login}. */
    public FieldError inRow(int row) {
        return new FieldError("row " + row + ": " + field, message);
    }

    private static String english(ImportErrorCode code, Map<String, String> params) {
        return switch (code) {
            case REQUIRED -> "required";
            case ALSO_IN_ROW -> "also in row " + params.get("row");
            case LOGIN_FORMAT -> AgentRules.LOGIN_FORMAT;
            case DISPLAY_NAME_FORMAT -> AgentRules.DISPLAY_NAME_FORMAT;
            case ROLE_UNKNOWN -> "AGENT, SUPERVISOR or ADMIN";
            case NO_SUCH_GROUP -> "no such group: " + params.get("names");
            case TOO_MANY_GROUPS -> AgentRules.TOO_MANY_GROUPS;
            case MAX_CHATS_RANGE -> "a whole number from 0 to " + AgentRules.MAX_CHATS_LIMIT;
            case NOT_TRUE_OR_FALSE -> "true or false";
            case SKILL_RANGE -> AgentRules.SKILL_RANGE;
            case PASSWORD_TOO_SHORT -> PasswordRules.TOO_SHORT;
            case PASSWORD_TOO_LONG -> PasswordRules.TOO_LONG;
            case PASSWORD_TOO_COMMON -> PasswordRules.TOO_COMMON;
            case PASSWORD_OF_EXISTING_ACCOUNT -> "an existing account keeps its password: reset it in the account editor";
            case OWN_ACCOUNT -> "you cannot disable your own account or drop your own ADMIN role";
            case NOT_YOUR_GROUP -> "supervisors fill the replies of their own groups only";
            case SHORTCUT_FORMAT -> CannedReplyRules.SHORTCUT_MESSAGE;
            case TITLE_LENGTH -> CannedReplyRules.TITLE_MESSAGE;
            case BODY_LENGTH -> CannedReplyRules.BODY_MESSAGE;
            case CATEGORY_FORMAT -> CannedReplyRules.CATEGORY_MESSAGE;
            case OTHER -> "not valid";
        };
    }
}
