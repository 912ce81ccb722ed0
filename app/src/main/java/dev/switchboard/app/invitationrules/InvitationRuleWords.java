package dev.switchboard.app.invitationrules;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.visitors.InvitationRuleRules;
import dev.switchboard.shared.visitors.NewInvitationRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Invitation rules in the reader's language: the conditions as one line, a rule for the stale panes, and the shared rules' refusals. */
final class InvitationRuleWords {

    private final I18n i18n;

    InvitationRuleWords(I18n i18n) {
        this.i18n = i18n;
    }

    String conditions(NewInvitationRule rule) {
        List<String> parts = new ArrayList<>();
        if (rule.minSecondsOnPage() != null) {
            parts.add(i18n.get("invitationRules.when.seconds", rule.minSecondsOnPage()));
        }
        if (rule.minPagesViewed() != null) {
            parts.add(i18n.get("invitationRules.when.pages", rule.minPagesViewed()));
        }
        add(parts, "routingRules.when.urlPattern", rule.urlPattern());
        if (rule.channel() != null) {
            parts.add(i18n.get("routingRules.when.channel", i18n.get("routingRules.channel." + rule.channel().name())));
        }
        add(parts, "routingRules.when.engine", rule.engine());
        add(parts, "routingRules.when.keyword", rule.keyword());
        add(parts, "routingRules.when.language", rule.language());
        if (rule.returning() != null) {
            parts.add(i18n.get(rule.returning() ? "routingRules.returning.RETURNING" : "routingRules.returning.FIRST_VISIT"));
        }
        return parts.isEmpty() ? i18n.get("invitationRules.when.everyone") : String.join(" · ", parts);
    }

    String describe(NewInvitationRule rule, Map<Long, Group> groups) {
        Group group = rule.groupId() == null ? null : groups.get(rule.groupId());
        return i18n.get("invitationRules.field.name") + ": " + text(rule.name()) + "\n"
                + i18n.get("invitationRules.field.enabled") + ": " + i18n.get(rule.enabled() == null || rule.enabled() ? "routingRules.yes" : "routingRules.no")
                + "\n" + i18n.get("invitationRules.field.site") + ": " + text(rule.site()) + "\n"
                + i18n.get("invitationRules.field.conditions") + ": " + conditions(rule) + "\n"
                + i18n.get("invitationRules.field.message") + ": " + text(rule.message()) + "\n"
                + i18n.get("invitationRules.field.group") + ": " + (group == null ? "" : group.name()) + "\n"
                + i18n.get("invitationRules.field.cooldown") + ": " + (rule.cooldownMinutes() == null ? "" : rule.cooldownMinutes());
    }

    /** A refusal's message in the reader's language; one the workstation does not know is shown as sent. */
    FieldError word(FieldError error) {
        String message = error.message();
        for (int max : new int[] {InvitationRuleRules.NAME_MAX, InvitationRuleRules.MESSAGE_MAX, InvitationRuleRules.URL_PATTERN_MAX,
                InvitationRuleRules.ENGINE_MAX, InvitationRuleRules.KEYWORD_MAX, InvitationRuleRules.LANGUAGE_MAX}) {
            if (InvitationRuleRules.lengthMessage(max).equals(message)) {
                return new FieldError(error.field(), i18n.get("invitationRules.error.length", max));
            }
        }
        for (int[] range : new int[][] {{0, InvitationRuleRules.SECONDS_ON_PAGE_MAX}, {1, InvitationRuleRules.PAGES_VIEWED_MAX},
                {1, InvitationRuleRules.COOLDOWN_MAX}}) {
            if (InvitationRuleRules.rangeMessage(range[0], range[1]).equals(message)) {
                return new FieldError(error.field(), i18n.get("invitationRules.error.range", range[0], range[1]));
            }
        }
        String key = switch (message) {
            case InvitationRuleRules.SITE_UNKNOWN -> "invitationRules.error.site";
            case InvitationRuleRules.GROUP_UNKNOWN -> "routingRules.error.groupUnknown";
            case InvitationRuleRules.VERSION_REQUIRED -> "routingRules.error.version";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key));
    }

    private void add(List<String> parts, String key, String value) {
        if (value != null) {
            parts.add(i18n.get(key, value));
        }
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
