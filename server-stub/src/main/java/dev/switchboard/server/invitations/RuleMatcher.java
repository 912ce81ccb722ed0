package dev.switchboard.server.invitations;

import dev.switchboard.server.infra.Glob;
import dev.switchboard.shared.visitors.InvitationRule;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Whether an automatic invitation rule applies to a visitor now: a pure function, tested without a server. */
final class RuleMatcher {

    private RuleMatcher() {
    }

    /**
     * @param lastAutoInvitation when the visitor last got an automatic invitation, or null
     */
    static boolean matches(InvitationRule rule, VisitorSummary visitor, Instant now, Instant lastAutoInvitation) {
        if (!rule.enabled() || !rule.site().equals(visitor.site()) || visitor.status() != VisitorStatus.BROWSING || visitor.blocked()) {
            return false;
        }
        if (lastAutoInvitation != null && lastAutoInvitation.plus(Duration.ofMinutes(rule.cooldownMinutes())).isAfter(now)) {
            return false;
        }
        if (rule.minSecondsOnPage() != null && (visitor.pageSince() == null
                || Duration.between(visitor.pageSince(), now).toSeconds() < rule.minSecondsOnPage())) {
            return false;
        }
        if (rule.minPagesViewed() != null && visitor.pagesViewed() < rule.minPagesViewed()) {
            return false;
        }
        if (rule.urlPattern() != null && (visitor.currentUrl() == null || !Glob.matches(rule.urlPattern(), visitor.currentUrl()))) {
            return false;
        }
        if (rule.channel() != null && (visitor.source() == null || visitor.source().channel() != rule.channel())) {
            return false;
        }
        if (rule.engine() != null && (visitor.source() == null || !rule.engine().equalsIgnoreCase(visitor.source().engine()))) {
            return false;
        }
        if (rule.keyword() != null && (visitor.source() == null || visitor.source().keyword() == null
                || !visitor.source().keyword().toLowerCase(Locale.ROOT).contains(rule.keyword().toLowerCase(Locale.ROOT)))) {
            return false;
        }
        if (rule.returning() != null && rule.returning() != (visitor.visitCount() > 1)) {
            return false;
        }
        return rule.language() == null || (visitor.language() != null
                && visitor.language().toLowerCase(Locale.ROOT).startsWith(rule.language().toLowerCase(Locale.ROOT)));
    }
}
