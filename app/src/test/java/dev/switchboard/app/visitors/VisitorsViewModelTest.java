package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.app.testing.FakeVisitorService;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorStatus;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filtering, sorting, the ticking clock, the selection and the summary of the Visitors page. */
class VisitorsViewModelTest {

    private final MutableClock clock = new MutableClock(T0.plusSeconds(125));
    private final VisitorFeed feed = new VisitorFeed(Runnable::run, clock);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final FakeVisitorService service = new FakeVisitorService();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final VisitorsViewModel model = new VisitorsViewModel(feed, i18n, new VisitorsViewModel.Services(service,
            () -> VisitorPreferences.DEFAULTS, new NotificationCenter(scheduler, Runnable::run, () -> false, () -> { }),
            clock, ZoneOffset.UTC, scheduler, Runnable::run, FXCollections.observableArrayList()));

    @BeforeEach
    void showVisitors() {
        feed.accept(new VisitorBatch(List.of(
                visitor("baidu").search("baidu", "空气净化器").page("https://shop.example.cn/a7", "Aurora A7 旗舰净化器")
                        .started(T0, T0.plusSeconds(100)).pages(4).visits(2).build(),
                visitor("direct").page("https://shop.example.cn/cart", "购物车 Cart").started(T0.plusSeconds(60), T0.plusSeconds(60))
                        .status(VisitorStatus.INVITED).build(),
                visitor("campaign").campaign("spring-vip").page("https://shop.example.cn/pricing", "Pricing")
                        .started(T0.plusSeconds(120), T0.plusSeconds(120)).pages(2).visits(5).build(),
                visitor("gone").referral("news.example.com").status(VisitorStatus.LEFT).started(T0.minusSeconds(30), T0)
                        .build()), List.of()), true);
        model.activate();
    }

    @AfterEach
    void leave() {
        model.deactivate();
    }

    private List<String> shownIds() {
        return model.rows().stream().map(VisitorRow::id).toList();
    }

    private void update(VisitorSummary visitor) {
        feed.accept(new VisitorBatch(List.of(visitor), List.of()), false);
    }

    @Test
    void theLongestVisitsComeFirstUntilTheAgentSortsOtherwiseAndThoseWhoLeftSinkToTheEnd() {
        assertThat(shownIds()).containsExactly("baidu", "direct", "campaign", "gone");

        model.sortBy(List.of(new SortKey(VisitorColumn.ON_SITE, false)));
        assertThat(shownIds()).as("newest first").containsExactly("campaign", "direct", "baidu", "gone");

        model.sortBy(List.of(new SortKey(VisitorColumn.PAGES, true)));
        assertThat(shownIds()).as("ties in id order").containsExactly("baidu", "campaign", "direct", "gone");

        model.sortBy(List.of(new SortKey(VisitorColumn.STATUS, false), new SortKey(VisitorColumn.VISITS, true)));
        assertThat(shownIds()).containsExactly("campaign", "baidu", "direct", "gone");

        model.sortBy(List.of(new SortKey(VisitorColumn.SOURCE, false)));
        assertThat(shownIds()).containsExactly("direct", "baidu", "campaign", "gone");

        model.sortBy(List.of(new SortKey(VisitorColumn.ON_PAGE, true)));
        assertThat(shownIds()).as("longest on the page first").containsExactly("direct", "baidu", "campaign", "gone");
    }

    @Test
    void everyColumnSorts() {
        for (VisitorColumn column : VisitorColumn.values()) {
            model.sortBy(List.of(new SortKey(column, false)));
            List<String> ascending = shownIds();
            model.sortBy(List.of(new SortKey(column, true)));
            assertThat(shownIds()).as(column.name()).hasSize(4).containsExactlyInAnyOrderElementsOf(ascending);
        }
        model.sortBy(List.of(new SortKey(VisitorColumn.KEYWORD, false)));
        assertThat(shownIds().get(0)).isEqualTo("baidu");
    }

    @Test
    void theSearchFindsTitlesUrlsKeywordsAndSourcesInAnyCase() {
        model.searchTextProperty().set("净化器");
        assertThat(shownIds()).containsExactly("baidu");

        model.searchTextProperty().set("  CART ");
        assertThat(shownIds()).containsExactly("direct");

        model.searchTextProperty().set("Spring-VIP");
        assertThat(shownIds()).containsExactly("campaign");

        model.searchTextProperty().set("news.example");
        assertThat(shownIds()).containsExactly("gone");

        model.searchTextProperty().set("");
        assertThat(shownIds()).hasSize(4);
    }

    @Test
    void statusAndSourceFiltersCombineWithTheSearch() {
        model.statusFilterProperty().set(VisitorStatus.BROWSING);
        assertThat(shownIds()).containsExactly("baidu", "campaign");

        model.channelFilterProperty().set(Channel.SEARCH);
        assertThat(shownIds()).containsExactly("baidu");

        model.searchTextProperty().set("pricing");
        assertThat(shownIds()).isEmpty();
        assertThat(model.summary().get()).isEqualTo("3 online · 1 invited · 0 chatting · 1 left · showing 0");
    }

    @Test
    void liveUpdatesKeepTheirPlaceInTheFilteredAndSortedView() {
        model.statusFilterProperty().set(VisitorStatus.BROWSING);

        update(visitor("direct").status(VisitorStatus.BROWSING).started(T0.plusSeconds(60), T0.plusSeconds(60)).version(2)
                .build());
        assertThat(shownIds()).containsExactly("baidu", "direct", "campaign");

        update(visitor("campaign").status(VisitorStatus.CHATTING).started(T0.plusSeconds(120), T0.plusSeconds(120))
                .version(2).build());
        feed.accept(new VisitorBatch(List.of(), List.of("baidu")), false);
        assertThat(shownIds()).containsExactly("direct");
        assertThat(model.summary().get()).isEqualTo("2 online · 0 invited · 1 chatting · 1 left · showing 1");
    }

    @Test
    void rowsHoldStillUnderThePointerAndTakeTheirPlacesWhenItLeaves() {
        model.select(model.rows().get(1));
        model.holdRows(true);
        assertThat(model.summary().get()).endsWith(" · list held still under the pointer");

        update(visitor("baidu").status(VisitorStatus.LEFT).started(T0, T0.plusSeconds(100)).version(2).build());
        update(visitor("newcomer").started(T0.minusSeconds(600), T0).build());
        assertThat(shownIds()).as("who left stays in place, the newcomer waits").containsExactly("baidu", "direct", "campaign", "gone");
        assertThat(model.rows().get(0).status()).isEqualTo(VisitorStatus.LEFT);

        long refreshes = model.refreshedProperty().get();
        model.holdRows(false);
        assertThat(shownIds()).containsExactly("newcomer", "direct", "campaign", "gone", "baidu");
        assertThat(model.selectedProperty().get().id()).as("the selection stays with the visitor").isEqualTo("direct");
        assertThat(model.refreshedProperty().get()).as("the table re-selects").isGreaterThan(refreshes);
        assertThat(model.summary().get()).doesNotContain("held");
    }

    @Test
    void timesOnSiteAndOnPageCountWithTheAppsClockAndTickOnceASecond() {
        VisitorRow baidu = feed.rows().find("baidu");
        assertThat(model.onSiteText(baidu)).isEqualTo("2:05");
        assertThat(model.onPageText(baidu)).isEqualTo("0:25");

        clock.advance(Duration.ofHours(1).plusSeconds(3));
        assertThat(model.onSiteText(baidu)).as("until the next tick").isEqualTo("2:05");
        assertThat(scheduler.delays()).containsExactly(VisitorsViewModel.TICK);
        scheduler.runNext();

        assertThat(model.onSiteText(baidu)).isEqualTo("1:02:08");
        assertThat(model.onPageText(baidu)).isEqualTo("1:00:28");
        assertThat(scheduler.pending()).as("the next tick is planned").isEqualTo(1);
    }

    @Test
    void theClocksOfAVisitorWhoLeftStop() {
        clock.advance(Duration.ofSeconds(5));
        update(visitor("baidu").search("baidu", "空气净化器").started(T0, T0.plusSeconds(100)).status(VisitorStatus.LEFT)
                .version(2).build());
        VisitorRow left = feed.rows().find("baidu");

        clock.advance(Duration.ofMinutes(3));
        scheduler.runNext();

        assertThat(model.onSiteText(left)).isEqualTo("2:10");
        assertThat(model.onPageText(left)).isEqualTo("0:30");
    }

    @Test
    void ticksStopWhenThePageIsLeftAndResumeOnReturn() {
        model.deactivate();
        assertThat(scheduler.pending()).isZero();

        clock.advance(Duration.ofSeconds(10));
        model.activate();

        assertThat(scheduler.pending()).isEqualTo(1);
        assertThat(model.onSiteText(feed.rows().find("baidu"))).isEqualTo("2:15");
    }

    @Test
    void theSelectionFollowsUpdatesOfTheSelectedVisitorAndClearsWhenTheyLeaveTheList() {
        model.select(feed.rows().find("baidu"));
        assertThat(model.canInvite().get()).isTrue();

        update(visitor("baidu").search("baidu", "空气净化器").pages(5).status(VisitorStatus.INVITED).version(2).build());
        assertThat(model.selectedProperty().get().visitor().pagesViewed()).isEqualTo(5);
        assertThat(model.canInvite().get()).as("already invited").isFalse();
        assertThat(model.canBlock().get()).isTrue();

        update(visitor("baidu").blocked().version(3).build());
        assertThat(model.canBlock().get()).isFalse();

        feed.accept(new VisitorBatch(List.of(), List.of("baidu")), false);
        assertThat(model.selectedProperty().get()).isNull();
        assertThat(model.details().visitorProperty().get()).isNull();
    }

    @Test
    void textsAreComposedInTheUiLanguage() {
        VisitorRow baidu = VisitorRow.of(visitor("x").search("baidu", "净化器").region("北京").device("mobile", "Android 14", "unknown")
                .build());
        VisitorTexts texts = model.texts();
        assertThat(texts.source(baidu)).isEqualTo("Search · baidu");
        assertThat(texts.device(baidu)).isEqualTo("北京 · Mobile · Android 14");
        assertThat(texts.source(feed.rows().find("campaign"))).isEqualTo("Campaign · spring-vip");

        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts.source(baidu)).isEqualTo("搜索引擎 · baidu");
        assertThat(texts.status(VisitorStatus.CHATTING)).isEqualTo("对话中");
        assertThat(model.summary().get()).isEqualTo("3 位在线 · 1 位已邀请 · 0 位对话中 · 1 位已离开");
    }

    @Test
    void elapsedTimesAreNeverNegativeAndShowHoursOnlyWhenNeeded() {
        assertThat(ElapsedTime.format(Duration.ofSeconds(-5))).isEqualTo("0:00");
        assertThat(ElapsedTime.format(Duration.ofSeconds(59))).isEqualTo("0:59");
        assertThat(ElapsedTime.format(Duration.ofMinutes(59).plusSeconds(59))).isEqualTo("59:59");
        assertThat(ElapsedTime.format(Duration.ofHours(26))).isEqualTo("26:00:00");
        assertThat(ElapsedTime.since(null, T0)).isEmpty();
    }

    @Test
    void theInvitationStartsFromTheDefaultTextInTheUiLanguage() {
        model.select(feed.rows().find("baidu"));

        assertThat(model.inviteSelected().orElseThrow().messageProperty().get()).isEqualTo("Hello! Can I help you with anything?");
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(model.inviteSelected().orElseThrow().messageProperty().get()).isEqualTo("您好！请问有什么可以帮您？");
    }
}
