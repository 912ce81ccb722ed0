package dev.switchboard.server.push;

import dev.switchboard.server.infra.Glob;
import dev.switchboard.shared.push.SegmentConditions;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.Locale;

/**
 * Whether a visitor online now belongs to a segment and may get a push: a pure function, tested
 * without a server. Visitors who are chatting (an agent is talking with them), blocked or gone get
 * none, whatever the conditions.
 */
final class SegmentMatcher {

    private SegmentMatcher() {
    }

    static boolean matches(SegmentConditions segment, VisitorSummary visitor) {
        if (visitor.blocked() || visitor.status() == VisitorStatus.CHATTING || visitor.status() == VisitorStatus.LEFT
                || !segment.site().equals(visitor.site())) {
            return false;
        }
        if (segment.urlPattern() != null && (visitor.currentUrl() == null || !Glob.matches(segment.urlPattern(), visitor.currentUrl()))) {
            return false;
        }
        if (segment.channel() != null && (visitor.source() == null || visitor.source().channel() != segment.channel())) {
            return false;
        }
        if (segment.keyword() != null && (visitor.source() == null || visitor.source().keyword() == null
                || !lower(visitor.source().keyword()).contains(lower(segment.keyword())))) {
            return false;
        }
        if (segment.customerLevel() != null && !segment.customerLevel().equalsIgnoreCase(visitor.customerLevel())) {
            return false;
        }
        if (segment.returning() != null && segment.returning() != (visitor.visitCount() > 1)) {
            return false;
        }
        return segment.language() == null || (visitor.language() != null && lower(visitor.language()).startsWith(lower(segment.language())));
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
