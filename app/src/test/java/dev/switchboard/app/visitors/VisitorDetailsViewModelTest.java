package dev.switchboard.app.visitors;

import static dev.switchboard.app.testing.VisitorBuilder.T0;
import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.testing.FakeVisitorService;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.PastVisit;
import dev.switchboard.shared.visitors.Source;
import dev.switchboard.shared.visitors.TrailEntry;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import org.junit.jupiter.api.Test;

/** Loading, failing, retrying and quietly refreshing the selected visitor's trail. */
class VisitorDetailsViewModelTest {

    private final FakeVisitorService service = new FakeVisitorService();
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final SimpleObjectProperty<Instant> now = new SimpleObjectProperty<>(T0.plusSeconds(90));
    private final VisitorDetailsViewModel model = new VisitorDetailsViewModel(service, new VisitorTexts(i18n), i18n,
            Runnable::run, ZoneOffset.UTC, now, FXCollections.observableArrayList("VIP", "Gold"));

    private static VisitorRow row(String id, int pages) {
        return VisitorRow.of(visitor(id).pages(pages).build());
    }

    private static VisitorDetail detail(String id, int pages) {
        List<TrailEntry> trail = pages == 1
                ? List.of(new TrailEntry("https://shop.example.cn/", "Home", T0, null))
                : List.of(new TrailEntry("https://shop.example.cn/", "Home", T0, 42L),
                new TrailEntry("https://shop.example.cn/a7", "Aurora A7", T0.plusSeconds(42), null));
        return new VisitorDetail(visitor(id).pages(pages).build(), "203.0.113.7", trail, List.of(new PastVisit(7, T0.minusSeconds(86_400),
                T0.minusSeconds(86_400 - 370), new Source(Channel.SEARCH, "baidu", "净化器", "www.baidu.com", null, null),
                "https://shop.example.cn/", 4, List.of())));
    }

    @Test
    void aNewVisitorShowsASpinnerThenTheTrailWithTimesPerPage() {
        model.show(row("v1", 2));
        assertThat(model.stateProperty().get()).isEqualTo(VisitorDetailsViewModel.State.LOADING);
        assertThat(model.address()).as("not known before the details").isNull();

        service.details.get(0).answer().complete(detail("v1", 2));
        assertThat(model.address()).isEqualTo("203.0.113.7");

        assertThat(model.stateProperty().get()).isEqualTo(VisitorDetailsViewModel.State.LOADED);
        List<TrailEntry> trail = model.detailProperty().get().trail();
        assertThat(model.trailTime(trail.get(0))).isEqualTo("0:42");
        assertThat(model.trailTime(trail.get(1))).as("still on it: counts with the clock").isEqualTo("0:48");
        now.set(T0.plusSeconds(100));
        assertThat(model.trailTime(trail.get(1))).isEqualTo("0:58");
        assertThat(model.pastVisitText(model.detailProperty().get().pastVisits().get(0)))
                .isEqualTo("Feb 28, 2026, 10:00 AM · 4 pages · 6:10 · Search · baidu");
    }

    @Test
    void aFailureCanBeRetried() {
        model.show(row("v1", 1));
        service.details.get(0).answer().completeExceptionally(new ServerUnreachableException("http://sb.test", new IOException("down")));

        assertThat(model.stateProperty().get()).isEqualTo(VisitorDetailsViewModel.State.FAILED);
        assertThat(model.errorProperty().get()).isEqualTo("Cannot reach the server. Check your network and try again.");

        model.retry();
        assertThat(model.stateProperty().get()).isEqualTo(VisitorDetailsViewModel.State.LOADING);
        service.details.get(1).answer().complete(detail("v1", 1));
        assertThat(model.stateProperty().get()).isEqualTo(VisitorDetailsViewModel.State.LOADED);
    }

    @Test
    void aLateAnswerForAnotherVisitorIsDropped() {
        model.show(row("v1", 1));
        model.show(row("v2", 1));

        service.details.get(1).answer().complete(detail("v2", 1));
        service.details.get(0).answer().complete(detail("v1", 1));

        assertThat(model.detailProperty().get().visitor().id()).isEqualTo("v2");
    }

    @Test
    void aPageChangeReloadsQuietlyWhileOtherUpdatesDoNot() {
        model.show(row("v1", 1));
        service.details.get(0).answer().complete(detail("v1", 1));

        model.show(VisitorRow.of(visitor("v1").pages(1).visits(1).version(2).build()));
        assertThat(service.details).as("nothing about the trail changed").hasSize(1);

        model.show(row("v1", 2));
        assertThat(service.details).hasSize(2);
        assertThat(model.stateProperty().get()).as("the old trail stays in view").isEqualTo(VisitorDetailsViewModel.State.LOADED);
        service.details.get(1).answer().complete(detail("v1", 2));
        assertThat(model.detailProperty().get().trail()).hasSize(2);

        model.show(null);
        assertThat(model.stateProperty().get()).isEqualTo(VisitorDetailsViewModel.State.NONE);
        assertThat(model.detailProperty().get()).isNull();
    }

    @Test
    void aLevelIsChosenFromTheConfiguredOnesAndARefusalIsShown() {
        model.show(row("v1", 1));
        assertThat(model.levelChoices()).as("none first, then the configured levels").containsExactly("", "VIP", "Gold");
        model.setLevel("");
        assertThat(service.levels).as("none, as the visitor has: nothing to send").isEmpty();

        model.setLevel("Gold");
        assertThat(service.levels.get(0).arguments()).containsExactly("v1", "Gold");
        service.levels.get(0).answer().completeExceptionally(new ServerUnreachableException("http://sb.test", new IOException("down")));
        assertThat(model.levelErrorProperty().get()).isEqualTo("Cannot reach the server. Check your network and try again.");

        model.setLevel("VIP");
        assertThat(service.levels.get(1).arguments()).containsExactly("v1", "VIP");
        assertThat(model.levelErrorProperty().get()).as("cleared by the next try").isEmpty();
        model.show(row("v2", 1));
        assertThat(model.levelErrorProperty().get()).isEmpty();
    }

    @Test
    void anAgentWhoChangesTheirMindBeforeTheListShowsTheLevelIsHeard() {
        model.show(row("v1", 1));
        model.setLevel("Gold");
        service.levels.get(0).answer().complete(null);
        model.setLevel("");
        assertThat(service.levels).as("none asked again although the list still shows none").hasSize(2);
        assertThat(service.levels.get(1).arguments()).containsExactly("v1", null);
    }
}
