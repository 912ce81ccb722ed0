package dev.switchboard.shared.settings;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What makes an agent's settings document valid: the backend refuses anything else with 400 and
 * the field errors, the workstation only ever sends what its own controls can hold. Messages are
 * protocol constants.
 */
public final class AccountSettingsRules {

    public static final List<String> LANGUAGES = List.of("en", "zh-CN");
    public static final List<String> THEMES = List.of("LIGHT", "DARK");
    public static final int MIN_WAIT_SECONDS = 10;
    public static final int MAX_WAIT_SECONDS = 3600;
    public static final int MAX_VIP_MARKER = 40;
    public static final int MAX_INVITATION_MESSAGE = 500;
    public static final String REQUIRED = "required";

    private AccountSettingsRules() {
    }

    /** The fields that are wrong, empty when the document may be stored. */
    public static List<FieldError> check(AccountSettings settings) {
        List<FieldError> errors = new ArrayList<>();
        if (settings.version() < 0) {
            errors.add(new FieldError("version", "the version read, 0 when none was stored"));
        }
        oneOf(errors, "language", settings.language(), LANGUAGES);
        oneOf(errors, "theme", settings.theme(), THEMES);
        Map<String, Boolean> switches = new java.util.LinkedHashMap<>();
        switches.put("notificationSound", settings.notificationSound());
        switches.put("notifyNewChats", settings.notifyNewChats());
        switches.put("notifyMessages", settings.notifyMessages());
        switches.put("notifyTransfers", settings.notifyTransfers());
        switches.put("notifyLongWait", settings.notifyLongWait());
        switches.put("notifyReturningVisitors", settings.notifyReturningVisitors());
        switches.put("notifyVipVisitors", settings.notifyVipVisitors());
        switches.forEach((field, value) -> {
            if (value == null) {
                errors.add(new FieldError(field, REQUIRED));
            }
        });
        Integer seconds = settings.longWaitSeconds();
        if (seconds == null || seconds < MIN_WAIT_SECONDS || seconds > MAX_WAIT_SECONDS) {
            errors.add(new FieldError("longWaitSeconds", MIN_WAIT_SECONDS + " to " + MAX_WAIT_SECONDS + " seconds"));
        }
        text(errors, "vipMarker", settings.vipMarker(), MAX_VIP_MARKER, false);
        text(errors, "invitationMessage", settings.invitationMessage(), MAX_INVITATION_MESSAGE, true);
        return errors;
    }

    private static void oneOf(List<FieldError> errors, String field, String value, List<String> allowed) {
        if (value == null || !allowed.contains(value)) {
            errors.add(new FieldError(field, "one of " + String.join(", ", allowed)));
        }
    }

    /** Required (blank is allowed: it means "none" or "the default"), bounded, no control characters but line breaks where allowed. */
    private static void text(List<FieldError> errors, String field, String value, int max, boolean lineBreaks) {
        if (value == null) {
            errors.add(new FieldError(field, REQUIRED));
        } else if (value.length() > max || value.chars().anyMatch(c -> Character.isISOControl(c) && !(lineBreaks && (c == '\n' || c == '\r')))) {
            errors.add(new FieldError(field, "at most " + max + " characters" + (lineBreaks ? "" : ", no line breaks")));
        }
    }
}
