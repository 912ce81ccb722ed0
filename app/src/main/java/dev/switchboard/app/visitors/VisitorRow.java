package dev.switchboard.app.visitors;

import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.Device;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.Utm;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * One line of the visitor list: the visitor as the server last described them, plus the texts
 * derived from it that do not depend on the UI language. Built on the socket thread, so the FX
 * thread never parses, joins or lower-cases anything for 10,000 rows. Immutable.
 *
 * @param sourceDetail the search engine, the referring host or the campaign; null for direct visits
 * @param keyword      the search keyword, or the UTM term; null when there is none
 * @param deviceDetail operating system and browser, e.g. {@code Windows · Chrome}; empty when unknown
 * @param searchText   title, URL, keyword and source in lower case, for the search box
 * @param leftAt       when the workstation saw the visitor leave; null while they are on the site
 */
public record VisitorRow(VisitorSummary visitor, String sourceDetail, String keyword, String deviceDetail,
                         String searchText, Instant leftAt) {

    private static final String UNKNOWN = "unknown";

    /** A visitor on the site. */
    public static VisitorRow of(VisitorSummary visitor) {
        return of(visitor, null);
    }

    public static VisitorRow of(VisitorSummary visitor, Instant leftAt) {
        Source source = visitor.source() == null ? Source.DIRECT : visitor.source();
        String detail = sourceDetail(source);
        String keyword = firstPresent(source.keyword(), source.utm() == null ? null : source.utm().term());
        StringJoiner search = new StringJoiner("\n");
        for (String part : new String[] {visitor.currentTitle(), visitor.currentUrl(), keyword, detail, source.referrerHost()}) {
            if (part != null) {
                search.add(part);
            }
        }
        return new VisitorRow(visitor, detail, keyword, deviceDetail(visitor.device()),
                search.toString().toLowerCase(Locale.ROOT), leftAt);
    }

    public String id() {
        return visitor.id();
    }

    public VisitorStatus status() {
        return visitor.status();
    }

    public Channel channel() {
        return visitor.source() == null || visitor.source().channel() == null ? Channel.DIRECT : visitor.source().channel();
    }

    /** Desktop, mobile, tablet, bot or unknown, as the server detected it. */
    public String deviceType() {
        return visitor.device() == null || visitor.device().type() == null ? UNKNOWN : visitor.device().type();
    }

    /** The time the visitor's clocks count to: now, or when they left. */
    public Instant clockEnd(Instant now) {
        return leftAt != null && leftAt.isBefore(now) ? leftAt : now;
    }

    public boolean returning() {
        return visitor.visitCount() > 1;
    }

    /** The page title, or its URL when the page has no title. */
    public String pageTitle() {
        String title = visitor.currentTitle();
        return title == null || title.isBlank() ? nullToEmpty(visitor.currentUrl()) : title;
    }

    /** The UTM campaign of the visit, if it came from one. */
    public String campaign() {
        Utm utm = visitor.source() == null ? null : visitor.source().utm();
        return utm == null ? null : utm.campaign();
    }

    /** The engine, referring host or campaign of a source; null for direct visits. */
    static String sourceDetail(Source source) {
        Channel channel = source.channel() == null ? Channel.DIRECT : source.channel();
        Utm utm = source.utm();
        return switch (channel) {
            case CAMPAIGN -> utm == null ? source.referrerHost() : firstPresent(utm.campaign(), utm.source());
            case SEARCH -> firstPresent(source.engine(), source.referrerHost());
            case SOCIAL, REFERRAL -> source.referrerHost();
            case DIRECT -> null;
        };
    }

    private static String deviceDetail(Device device) {
        if (device == null) {
            return "";
        }
        StringJoiner joined = new StringJoiner(" · ");
        for (String part : new String[] {device.os(), device.browser()}) {
            if (part != null && !part.isBlank() && !UNKNOWN.equalsIgnoreCase(part)) {
                joined.add(part);
            }
        }
        return joined.toString();
    }

    private static String firstPresent(String first, String second) {
        return first != null && !first.isBlank() ? first : second != null && !second.isBlank() ? second : null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
