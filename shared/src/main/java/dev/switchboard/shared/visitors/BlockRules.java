package dev.switchboard.shared.visitors;

import dev.switchboard.shared.problem.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What makes a block valid, checked by the backend (the authority) and by the workstation before
 * it sends. Field names are the JSON field names; messages are protocol constants the workstation
 * words in the reader's language. That the visitor exists only the backend can tell (404).
 */
public final class BlockRules {

    public static final int VISITOR_ID_MAX = 32;
    public static final int REASON_MAX = 500;

    public static final String VISITOR_REQUIRED = "required";
    public static final String REASON_MESSAGE = "1 to " + REASON_MAX + " characters";
    public static final String EXPIRY_IN_PAST = "must be in the future";

    private BlockRules() {
    }

    /** The fields that are wrong at {@code now}, empty when the block may be made. */
    public static List<FieldError> check(NewBlock block, Instant now) {
        List<FieldError> errors = new ArrayList<>();
        if (block.visitorId() == null || block.visitorId().isBlank() || block.visitorId().length() > VISITOR_ID_MAX) {
            errors.add(new FieldError("visitorId", VISITOR_REQUIRED));
        }
        if (block.reason() == null || block.reason().isBlank() || block.reason().strip().length() > REASON_MAX) {
            errors.add(new FieldError("reason", REASON_MESSAGE));
        }
        if (block.expiresAt() != null && !block.expiresAt().isAfter(now)) {
            errors.add(new FieldError("expiresAt", EXPIRY_IN_PAST));
        }
        return errors;
    }
}
