package dev.switchboard.shared.automation;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.List;

/**
 * What automatic messages' settings must look like: each time null (inherited), 0 (off) or within
 * its range, each text at most {@link LocalizedText#MAX_LENGTH} characters a language. The backend
 * enforces it; the workstation checks before sending.
 */
public final class AutoMessageRules {

    public static final Range QUEUE_REASSURANCE_SECONDS = new Range(15, 3600);
    public static final Range AGENT_REMINDER_SECONDS = new Range(10, 3600);
    public static final Range VISITOR_IDLE_REMINDER_SECONDS = new Range(30, 86_400);
    public static final Range IDLE_CLOSE_MINUTES = new Range(1, 1440);

    /** The values a time may take besides 0 (off) and null (inherited). */
    public record Range(int min, int max) {

        public boolean allows(Integer value) {
            return value == null || value == 0 || (value >= min && value <= max);
        }

        public String message() {
            return "0 (off) or " + min + " to " + max;
        }
    }

    private AutoMessageRules() {
    }

    /** Every wrong field, named {@code prefix} + its JSON name ({@code welcome.zh}); empty when they hold. */
    public static List<FieldError> check(AutoMessageSettings settings, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        range(settings.queueReassuranceSeconds(), QUEUE_REASSURANCE_SECONDS, prefix + "queueReassuranceSeconds", errors);
        range(settings.agentReminderSeconds(), AGENT_REMINDER_SECONDS, prefix + "agentReminderSeconds", errors);
        range(settings.visitorIdleReminderSeconds(), VISITOR_IDLE_REMINDER_SECONDS, prefix + "visitorIdleReminderSeconds", errors);
        range(settings.idleCloseMinutes(), IDLE_CLOSE_MINUTES, prefix + "idleCloseMinutes", errors);
        text(settings.welcome(), prefix + "welcome", errors);
        text(settings.queueReassurance(), prefix + "queueReassurance", errors);
        text(settings.visitorIdleReminder(), prefix + "visitorIdleReminder", errors);
        text(settings.idleClose(), prefix + "idleClose", errors);
        text(settings.outsideHours(), prefix + "outsideHours", errors);
        return errors;
    }

    private static void range(Integer value, Range range, String field, List<FieldError> errors) {
        if (!range.allows(value)) {
            errors.add(new FieldError(field, range.message()));
        }
    }

    private static void text(LocalizedText text, String field, List<FieldError> errors) {
        if (text == null) {
            return;
        }
        if (text.zh() != null && text.zh().length() > LocalizedText.MAX_LENGTH) {
            errors.add(new FieldError(field + ".zh", "at most " + LocalizedText.MAX_LENGTH + " characters"));
        }
        if (text.en() != null && text.en().length() > LocalizedText.MAX_LENGTH) {
            errors.add(new FieldError(field + ".en", "at most " + LocalizedText.MAX_LENGTH + " characters"));
        }
    }
}
