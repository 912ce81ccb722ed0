package dev.switchboard.app.awayreasons;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.AwayReasonRules;
import dev.switchboard.shared.problem.FieldError;

/** The shared rules' messages about away reasons in the reader's language; others as the backend wrote them. */
final class AwayReasonWords {

    private AwayReasonWords() {
    }

    static FieldError word(I18n i18n, FieldError error) {
        String key = switch (error.message()) {
            case AwayReasonRules.NAME_MESSAGE -> "awayReasons.error.name";
            case AwayReasonRules.NAME_TAKEN -> "awayReasons.error.nameTaken";
            case AwayReasonRules.IN_USE -> "awayReasons.error.inUse";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key, AwayReason.MAX_NAME));
    }
}
