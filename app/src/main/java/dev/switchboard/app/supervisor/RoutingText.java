package dev.switchboard.app.supervisor;

import dev.switchboard.app.chat.RoutingWords;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.RoutingStep;

/**
 * A chat's routing reasons in the reader's language, one line each: the rule (or the fallback)
 * with group and strategy, every agent considered with the reason, then the chat's routing
 * history (routed, taken, transferred, requeued, ...).
 */
final class RoutingText {

    private RoutingText() {
    }

    static String of(RoutingReasons reasons, String groupName, I18n i18n) {
        if (reasons == null) {
            return "";
        }
        RoutingWords words = new RoutingWords(i18n);
        String strategy = reasons.strategy() == null ? "" : i18n.get("routing.strategy." + reasons.strategy().name());
        String rule = reasons.ruleName() == null || reasons.ruleName().isBlank() ? i18n.get("routing.fallback")
                : i18n.get("routing.rule", reasons.ruleName());
        StringBuilder text = new StringBuilder(i18n.get("routing.summary", rule, groupName, strategy));
        if (reasons.agentId() == null) {
            text.append('\n').append(i18n.get("routing.queued"));
        }
        for (RoutingReasons.Candidate candidate : reasons.candidates()) {
            text.append('\n').append(candidate.chosen() ? "✓ " : "✗ ").append(candidate.name());
            String reason = words.reason(candidate);
            if (!reason.isBlank()) {
                text.append(" — ").append(reason);
            }
        }
        for (RoutingStep step : reasons.history()) {
            // no agent reads these as "you": the supervisor reads about others
            text.append('\n').append("· ").append(words.step(step, -1));
        }
        return text.toString();
    }
}
