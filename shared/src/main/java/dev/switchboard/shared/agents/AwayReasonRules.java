package dev.switchboard.shared.agents;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes an away reason valid, checked by the backend (the authority) and by the workstation
 * before it sends. Field names are the JSON field names; messages are protocol constants the
 * workstation words in the reader's language. That a name is free only the backend can tell (409
 * naming the field, {@link #NAME_TAKEN}).
 */
public final class AwayReasonRules {

    public static final int MAX_POSITION = 10_000;

    public static final String NAME_MESSAGE = "1 to " + AwayReason.MAX_NAME + " characters";
    public static final String POSITION_MESSAGE = "0 to " + MAX_POSITION;
    public static final String VERSION_REQUIRED = "the version the reason was read at";
    public static final String NAME_TAKEN = "another away reason has this name";
    /** Why a reason cannot be deleted (409, field {@code id}): agents have given it, and reports name it. */
    public static final String IN_USE = "given by agents already: disable it instead";

    private AwayReasonRules() {
    }

    /** The fields that are wrong, empty when the reason may be stored; a replacement must carry its version. */
    public static List<FieldError> check(NewAwayReason reason, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (reason == null) {
            errors.add(new FieldError("name", NAME_MESSAGE));
            return errors;
        }
        named(errors, "name", reason.name());
        named(errors, "nameZh", reason.nameZh());
        if (reason.position() != null && (reason.position() < 0 || reason.position() > MAX_POSITION)) {
            errors.add(new FieldError("position", POSITION_MESSAGE));
        }
        if (replacing && reason.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    private static void named(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > AwayReason.MAX_NAME) {
            errors.add(new FieldError(field, NAME_MESSAGE));
        }
    }
}
