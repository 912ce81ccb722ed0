package dev.switchboard.server.routingrules;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.visitors.CustomerLevels;
import java.util.ArrayList;
import java.util.List;

/** What makes a routing rule valid, apart from its group existing (the service checks that in its transaction). */
final class RoutingRuleChecks {

    static final int NAME_MAX = 100;
    static final int URL_PATTERN_MAX = 500;

    private RoutingRuleChecks() {
    }

    static List<FieldError> check(NewRoutingRule r, boolean replacing) {
        List<FieldError> errors = new ArrayList<>();
        if (r.name() == null || r.name().isBlank() || r.name().length() > NAME_MAX) {
            errors.add(new FieldError("name", "1 to " + NAME_MAX + " characters"));
        }
        if (r.groupId() == null) {
            errors.add(new FieldError("groupId", "required: the group the rule sends chats to"));
        }
        text(errors, "engine", r.engine(), 32);
        text(errors, "keyword", r.keyword(), 200);
        text(errors, "urlPattern", r.urlPattern(), URL_PATTERN_MAX);
        text(errors, "language", r.language(), 35);
        text(errors, "questionType", r.questionType(), 200);
        if (r.customerLevel() != null && !CustomerLevels.isValid(r.customerLevel())) {
            errors.add(new FieldError("customerLevel", "1 to " + CustomerLevels.MAX_LENGTH + " characters"));
        }
        boolean catchAll = Boolean.TRUE.equals(r.catchAll());
        if (catchAll && !hasNoCondition(r)) {
            errors.add(new FieldError("catchAll", "a catch-all has no conditions: remove them or set catchAll to false"));
        } else if (!catchAll && hasNoCondition(r)) {
            errors.add(new FieldError("catchAll", "set at least one condition, or catchAll: true for a rule that takes every chat"));
        }
        if (replacing && r.version() == null) {
            errors.add(new FieldError("version", "required: the version the rule was read with"));
        }
        return errors;
    }

    static boolean hasNoCondition(NewRoutingRule r) {
        return r.channel() == null && r.engine() == null && r.keyword() == null && r.urlPattern() == null && r.language() == null
                && r.questionType() == null && r.customerLevel() == null && r.returning() == null;
    }

    /** Plain text up to {@code max} characters, not blank, without control characters. */
    private static void text(List<FieldError> errors, String field, String value, int max) {
        if (value != null && (value.isBlank() || value.length() > max || value.chars().anyMatch(Character::isISOControl))) {
            errors.add(new FieldError(field, "1 to " + max + " characters, no control characters"));
        }
    }
}
