package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Which arrivals are announced, how, and how often they chime. */
class ArrivalNotifierTest {

    private final AtomicInteger chimes = new AtomicInteger();
    private final NotificationCenter notices = new NotificationCenter(new ManualScheduler(), Runnable::run, () -> true,
            chimes::incrementAndGet);
    private final MutableClock clock = new MutableClock(T0);
    private VisitorPreferences preferences = VisitorPreferences.DEFAULTS;
    private final ArrivalNotifier notifier = new ArrivalNotifier(() -> preferences, new I18n(Locale.ENGLISH), notices, clock);

    private static VisitorRow returning() {
        return VisitorRow.of(visitor("back").page("https://shop.example.cn/a7", "Aurora A7").visits(3).build());
    }

    private static VisitorRow vipByCampaign() {
        return VisitorRow.of(visitor("vip").campaign("Spring-VIP-2026").page("https://shop.example.cn/p", "Pricing").build());
    }

    private static VisitorRow vipByLandingPage() {
        return VisitorRow.of(visitor("landing").landing("https://shop.example.cn/?vip=1").build());
    }

    private static VisitorRow ordinary() {
        return VisitorRow.of(visitor("plain").build());
    }

    private List<String> shown() {
        return notices.shown().stream().map(Notice::text).toList();
    }

    @Test
    void returningVisitorsAndVipsAreAnnouncedOthersAreNot() {
        notifier.accept(List.of(returning(), ordinary(), vipByCampaign()));

        assertThat(shown()).containsExactly("Returning visitor (visit 3) on “Aurora A7”", "VIP visitor on “Pricing”");
        assertThat(chimes).as("one chime for the batch").hasValue(1);
    }

    @Test
    void theVipMarkerIsFoundInTheLandingUrlOrTheCampaignInAnyCase() {
        assertThat(ArrivalNotifier.isVip(vipByCampaign(), "vip")).isTrue();
        assertThat(ArrivalNotifier.isVip(vipByLandingPage(), " VIP ")).isTrue();
        assertThat(ArrivalNotifier.isVip(ordinary(), "vip")).isFalse();
        assertThat(ArrivalNotifier.isVip(vipByCampaign(), "  ")).as("a blank marker marks nobody").isFalse();
        VisitorRow both = VisitorRow.of(visitor("both").campaign("vip").visits(2).build());
        assertThat(ArrivalNotifier.reason(both, preferences)).contains(ArrivalNotifier.Reason.RETURNING_VIP);
    }

    @Test
    void eachKindCanBeSwitchedOff() {
        preferences = new VisitorPreferences(false, true, "vip", "");
        notifier.accept(List.of(returning()));
        assertThat(shown()).isEmpty();

        preferences = new VisitorPreferences(true, false, "vip", "");
        notifier.accept(List.of(vipByLandingPage()));
        assertThat(shown()).isEmpty();

        VisitorRow returningVip = VisitorRow.of(visitor("rv").campaign("vip").visits(2).build());
        assertThat(ArrivalNotifier.reason(returningVip, preferences)).contains(ArrivalNotifier.Reason.RETURNING);
    }

    @Test
    void manyAtOnceBecomeOneSummary() {
        notifier.accept(List.of(returning(), vipByCampaign(), vipByLandingPage(),
                VisitorRow.of(visitor("r2").visits(2).build()), ordinary()));

        assertThat(shown()).containsExactly("4 returning or VIP visitors just arrived");
    }

    @Test
    void arrivalsChimeAtMostEveryTenSeconds() {
        notifier.accept(List.of(returning()));
        clock.advance(Duration.ofSeconds(5));
        notifier.accept(List.of(vipByCampaign()));
        clock.advance(ArrivalNotifier.CHIME_INTERVAL);
        notifier.accept(List.of(vipByLandingPage()));

        assertThat(notices.shown()).extracting(Notice::audible).containsExactly(true, false, true);
        assertThat(chimes).hasValue(2);
    }
}
