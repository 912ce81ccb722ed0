package dev.switchboard.shared.tickets;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/** Validation of what administrators set up for tickets: categories and statuses. */
public final class TicketSetupRules {

    public static final int NAME_MAX = 60;
    public static final int POSITION_MAX = 10_000;
    public static final String NAME_LENGTH = "1 to " + NAME_MAX + " characters";
    public static final String POSITION_RANGE = "0 to " + POSITION_MAX;

    private TicketSetupRules() {
    }

    /** @param replacing a replacement must carry the version it was read at */
    public static List<FieldError> check(NewTicketCategory category, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        named(errors, "name", category.name());
        named(errors, "nameZh", category.nameZh());
        position(errors, category.position());
        if (replacing && category.version() == null) {
            errors.add(new FieldError("version", TicketRules.VERSION_REQUIRED));
        }
        return errors;
    }

    /** @param replacing a replacement must carry the version it was read at */
    public static List<FieldError> check(NewTicketStatus status, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (status.key() == null || !TicketRules.STATUS_KEY.matcher(status.key()).matches()) {
            errors.add(new FieldError("key", TicketRules.STATUS_KEY_FORMAT));
        }
        named(errors, "name", status.name());
        named(errors, "nameZh", status.nameZh());
        if (status.kind() == null) {
            errors.add(new FieldError("kind", TicketRules.REQUIRED));
        }
        position(errors, status.position());
        if (replacing && status.version() == null) {
            errors.add(new FieldError("version", TicketRules.VERSION_REQUIRED));
        }
        return errors;
    }

    private static void named(List<FieldError> errors, String field, String value) {
        if (value == null || value.isBlank() || value.strip().length() > NAME_MAX) {
            errors.add(new FieldError(field, NAME_LENGTH));
        }
    }

    private static void position(List<FieldError> errors, Integer position) {
        if (position != null && (position < 0 || position > POSITION_MAX)) {
            errors.add(new FieldError("position", POSITION_RANGE));
        }
    }
}
