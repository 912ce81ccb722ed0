package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.settings.VisitorPreferences;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Announces the arrivals worth an agent's attention, as the agent chose in the settings:
 * returning visitors, and VIPs (the VIP marker in the landing URL or the UTM campaign). Each
 * arrival comes here once per visit ({@link OnlineVisitors} sees to that). FX thread.
 */
public final class ArrivalNotifier implements Consumer<List<VisitorRow>> {

    /** More notable arrivals than this at once become one summary notice, not a flood of them. */
    static final int MAX_SEPARATE_NOTICES = 3;
    /** Arrivals chime at most this often: on a busy site they would otherwise ring all day. */
    static final Duration CHIME_INTERVAL = Duration.ofSeconds(10);
    private static final int TITLE_LENGTH = 60;

    /** Why an arrival is announced. */
    enum Reason {
        RETURNING,
        VIP,
        RETURNING_VIP
    }

    private final Supplier<VisitorPreferences> preferences;
    private final I18n i18n;
    private final NotificationCenter notices;
    private final Clock clock;
    private Instant lastChime;

    public ArrivalNotifier(Supplier<VisitorPreferences> preferences, I18n i18n, NotificationCenter notices, Clock clock) {
        this.preferences = preferences;
        this.i18n = i18n;
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void accept(List<VisitorRow> arrivals) {
        VisitorPreferences chosen = preferences.get();
        List<VisitorRow> notable = arrivals.stream().filter(row -> reason(row, chosen).isPresent()).toList();
        if (notable.isEmpty()) {
            return;
        }
        boolean chime = chimeNow();
        if (notable.size() > MAX_SEPARATE_NOTICES) {
            notices.post(new Notice(Notice.Level.INFO, i18n.get("visitors.arrival.many", notable.size()), chime));
            return;
        }
        for (VisitorRow row : notable) {
            notices.post(new Notice(Notice.Level.INFO, text(row, reason(row, chosen).orElseThrow()), chime));
            chime = false;
        }
    }

    private boolean chimeNow() {
        Instant now = clock.instant();
        if (lastChime != null && now.isBefore(lastChime.plus(CHIME_INTERVAL))) {
            return false;
        }
        lastChime = now;
        return true;
    }

    /** Whether the agent wants to hear about this visitor, and why. */
    static Optional<Reason> reason(VisitorRow row, VisitorPreferences chosen) {
        boolean returning = chosen.notifyReturning() && row.returning();
        boolean vip = chosen.notifyVip() && isVip(row, chosen.vipMarker());
        if (returning && vip) {
            return Optional.of(Reason.RETURNING_VIP);
        }
        if (returning) {
            return Optional.of(Reason.RETURNING);
        }
        return vip ? Optional.of(Reason.VIP) : Optional.empty();
    }

    /** The marker, in any case, in the landing URL or the campaign; a blank marker marks nobody. */
    static boolean isVip(VisitorRow row, String marker) {
        String needle = marker == null ? "" : marker.strip().toLowerCase(Locale.ROOT);
        if (needle.isEmpty()) {
            return false;
        }
        return contains(row.visitor().landingUrl(), needle) || contains(row.campaign(), needle);
    }

    private String text(VisitorRow row, Reason reason) {
        String title = row.pageTitle().length() > TITLE_LENGTH
                ? row.pageTitle().substring(0, TITLE_LENGTH - 1) + "…" : row.pageTitle();
        int visit = row.visitor().visitCount();
        return switch (reason) {
            case RETURNING -> i18n.get("visitors.arrival.returning", visit, title);
            case VIP -> i18n.get("visitors.arrival.vip", title);
            case RETURNING_VIP -> i18n.get("visitors.arrival.returningVip", visit, title);
        };
    }

    private static boolean contains(String text, String needle) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(needle);
    }
}
