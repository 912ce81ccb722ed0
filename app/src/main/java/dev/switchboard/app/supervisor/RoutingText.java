package dev.switchboard.app.supervisor;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.RoutingReasons;

/**
 * A chat's routing reasons in the reader's language, one line each: the rule (or the fallback)
 * with group and strategy, then every agent considered with the server's reason (in its words).
 */
final class RoutingText {

    private RoutingText() {
    }

    static String of(RoutingReasons reasons, String groupName, I18n i18n) {
        if (reasons == null) {
            return "";
        }
        String strategy = reasons.strategy() == null ? "" : i18n.get("routing.strategy." + reasons.strategy().name());
        String rule = reasons.ruleName() == null || reasons.ruleName().isBlank() ? i18n.get("routing.fallback")
                : i18n.get("routing.rule", reasons.ruleName());
        StringBuilder text = new StringBuilder(i18n.get("routing.summary", rule, groupName, strategy));
        if (reasons.agentId() == null) {
            text.append('\n').append(i18n.get("routing.queued"));
        }
        for (RoutingReasons.Candidate candidate : reasons.candidates()) {
            text.append('\n').append(candidate.chosen() ? "✓ " : "✗ ").append(candidate.name());
            if (candidate.reason() != null && !candidate.reason().isBlank()) {
                text.append(" — ").append(candidate.reason());
            }
        }
        return text.toString();
    }
}
