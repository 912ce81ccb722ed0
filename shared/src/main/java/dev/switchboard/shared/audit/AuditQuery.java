package dev.switchboard.shared.audit;

import dev.switchboard.shared.problem.FieldError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator looks for in the audit log, every part optional: entries of one actor, of
 * actions that start with {@code action} ({@code chat.} finds every chat action), of targets that
 * start with {@code target} ({@code conversation:42}), written in {@code [from, to)}. The same
 * rules hold in the workstation's form and on the server.
 */
public record AuditQuery(Long actorId, String action, String target, Instant from, Instant to) {

    public static final int MAX_TEXT = 100;
    public static final AuditQuery ALL = new AuditQuery(null, null, null, null, null);

    public AuditQuery {
        action = blankToNull(action);
        target = blankToNull(target);
    }

    /** The fields at fault, each with what it must be; empty when the query may run. */
    public List<FieldError> problems() {
        List<FieldError> errors = new ArrayList<>();
        if (actorId != null && actorId < 1) {
            errors.add(new FieldError("actorId", "an agent's id"));
        }
        if (action != null && action.length() > MAX_TEXT) {
            errors.add(new FieldError("action", "at most " + MAX_TEXT + " characters"));
        }
        if (target != null && target.length() > MAX_TEXT) {
            errors.add(new FieldError("target", "at most " + MAX_TEXT + " characters"));
        }
        if (from != null && to != null && !from.isBefore(to)) {
            errors.add(new FieldError("to", "after from"));
        }
        return errors;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
