package dev.switchboard.app.routingrules;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleRules;
import dev.switchboard.shared.visitors.CustomerLevels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Routing rules in the reader's language: a rule's conditions as one line (the list, the stale
 * versions side by side), and the shared rules' refusals (protocol constants) as messages.
 */
final class RuleWords {

    /** The text conditions and their length limits, as the shared rules' messages name them. */
    private static final Map<String, Integer> TEXT_LIMITS = Map.of("engine", RoutingRuleRules.ENGINE_MAX, "keyword", RoutingRuleRules.KEYWORD_MAX,
            "urlPattern", RoutingRuleRules.URL_PATTERN_MAX, "language", RoutingRuleRules.LANGUAGE_MAX,
            "questionType", RoutingRuleRules.QUESTION_TYPE_MAX, "customerLevel", CustomerLevels.MAX_LENGTH);

    private final I18n i18n;

    RuleWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** "Channel is search · keyword contains 净水器", or "every chat" for a catch-all. */
    String conditions(RoutingRule rule) {
        return conditions(new NewRoutingRule(rule.name(), rule.enabled(), rule.channel(), rule.engine(), rule.keyword(), rule.urlPattern(),
                rule.language(), rule.questionType(), rule.customerLevel(), rule.returning(), rule.catchAll(), rule.groupId(), rule.version()));
    }

    String conditions(NewRoutingRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.channel() != null) {
            parts.add(i18n.get("routingRules.when.channel", i18n.get("routingRules.channel." + rule.channel().name())));
        }
        add(parts, "engine", rule.engine());
        add(parts, "keyword", rule.keyword());
        add(parts, "urlPattern", rule.urlPattern());
        add(parts, "language", rule.language());
        add(parts, "questionType", rule.questionType());
        add(parts, "customerLevel", rule.customerLevel());
        if (rule.returning() != null) {
            parts.add(i18n.get("routingRules.returning." + Returning.of(rule.returning()).name()));
        }
        return parts.isEmpty() ? i18n.get(Boolean.TRUE.equals(rule.catchAll()) ? "routingRules.when.everyChat" : "routingRules.when.nothing")
                : String.join(" · ", parts);
    }

    /** A rule as the stale-edit panes show it, one fact a line. */
    String describe(NewRoutingRule rule, Map<Long, Group> groups) {
        Group group = rule.groupId() == null ? null : groups.get(rule.groupId());
        return i18n.get("routingRules.field.name") + ": " + nullToEmpty(rule.name()) + "\n"
                + i18n.get("routingRules.field.enabled") + ": " + i18n.get(rule.enabled() == null || rule.enabled() ? "routingRules.yes" : "routingRules.no")
                + "\n" + i18n.get("routingRules.field.conditions") + ": " + conditions(rule) + "\n"
                + i18n.get("routingRules.field.group") + ": " + (group == null ? nullToEmpty(rule.groupId() == null ? null : "#" + rule.groupId())
                : group.name());
    }

    /** A refusal's message in the reader's language; one the workstation does not know is shown as sent. */
    FieldError word(FieldError error) {
        String message = error.message();
        String key = null;
        Object[] args = {};
        if (RoutingRuleRules.NAME_MESSAGE.equals(message)) {
            key = "routingRules.error.name";
            args = new Object[] {RoutingRuleRules.NAME_MAX};
        } else if (RoutingRuleRules.GROUP_REQUIRED.equals(message)) {
            key = "routingRules.error.groupRequired";
        } else if (RoutingRuleRules.GROUP_UNKNOWN.equals(message)) {
            key = "routingRules.error.groupUnknown";
        } else if (RoutingRuleRules.NO_CONDITION.equals(message)) {
            key = "routingRules.error.noCondition";
        } else if (RoutingRuleRules.CATCH_ALL_WITH_CONDITIONS.equals(message)) {
            key = "routingRules.error.catchAllWithConditions";
        } else if (RoutingRuleRules.VERSION_REQUIRED.equals(message)) {
            key = "routingRules.error.version";
        } else if (TEXT_LIMITS.containsKey(error.field()) && RoutingRuleRules.textMessage(TEXT_LIMITS.get(error.field())).equals(message)) {
            key = "routingRules.error.text";
            args = new Object[] {TEXT_LIMITS.get(error.field())};
        }
        return key == null ? error : new FieldError(error.field(), i18n.get(key, args));
    }

    private void add(List<String> parts, String condition, String value) {
        if (value != null) {
            parts.add(i18n.get("routingRules.when." + condition, value));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
