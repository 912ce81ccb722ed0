package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeatureSetTest {

    /** Two services of made-up features. */
    record Greeter(String greeting) {
    }

    record Door(Supplier<Greeter> greeter) {
    }

    final ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1);
    final List<String> closed = new ArrayList<>();

    @AfterEach
    void stopTimers() {
        timers.shutdownNow();
    }

    @Test
    void aFeatureFindsWhatTheFeaturesBeforeItPublishedAndNothingAfterIt() {
        FeatureSet set = install(
                context -> context.publish(Greeter.class, new Greeter("hello")),
                context -> context.publish(Door.class, new Door(() -> context.require(Greeter.class))));
        assertThat(set.require(Door.class).greeter().get().greeting()).isEqualTo("hello");

        assertThatThrownBy(() -> install(
                context -> context.require(Greeter.class),
                context -> context.publish(Greeter.class, new Greeter("too late"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("no feature published Greeter");
        assertThatThrownBy(() -> install(
                context -> context.publish(Greeter.class, new Greeter("one")),
                context -> context.publish(Greeter.class, new Greeter("two"))))
                .hasMessageContaining("two features publish Greeter");
    }

    @Test
    void aLateServiceIsThereOnceEveryFeatureIsInstalledAndTheStartFailsWhenNobodyPublishesIt() {
        List<Supplier<Greeter>> late = new ArrayList<>();
        FeatureSet set = install(
                context -> {
                    late.add(context.later(Greeter.class));
                    assertThatThrownBy(() -> late.get(0).get()).as("not while installing").hasMessageContaining("before every feature is installed");
                },
                context -> context.publish(Greeter.class, new Greeter("hello")));
        assertThat(late.get(0).get()).isSameAs(set.require(Greeter.class));

        assertThatThrownBy(() -> install(context -> context.later(Greeter.class))).hasMessageContaining("no feature published Greeter");
    }

    @Test
    void closeStepsRunLastFeatureFirstAndOneFailingStopsNoOther() {
        FeatureSet set = install(
                context -> context.onClose("first", () -> closed.add("first")),
                context -> context.onClose("second", () -> {
                    closed.add("second");
                    throw new IllegalStateException("broken writer");
                }),
                context -> context.onClose("third", () -> closed.add("third")));
        set.close();
        assertThat(closed).containsExactly("third", "second", "first");
    }

    @Test
    void whenAFeatureFailsTheOnesInstalledBeforeItAreClosed() {
        assertThatThrownBy(() -> install(
                context -> context.onClose("first", () -> closed.add("first")),
                context -> {
                    throw new IllegalArgumentException("no region database");
                }))
                .hasMessage("no region database");
        assertThat(closed).containsExactly("first");
    }

    @Test
    void nothingIsAddedOnceInstalled() {
        List<FeatureContext> kept = new ArrayList<>();
        install(kept::add);
        assertThatThrownBy(() -> kept.get(0).routes(routes -> { })).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> kept.get(0).onClose("late", () -> { })).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPeriodicTaskThatFailsRunsAgain() throws InterruptedException {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ranAfterFailing = new CountDownLatch(1);
        FeatureSet set = install(context -> context.every(Duration.ZERO, Duration.ofMillis(1), "flaky", () -> {
            if (runs.incrementAndGet() == 1) {
                throw new IllegalStateException("first run fails");
            }
            ranAfterFailing.countDown();
        }));
        assertThat(runs).as("nothing runs before the server starts them").hasValue(0);
        set.startPeriodicTasks();
        assertThat(ranAfterFailing.await(10, TimeUnit.SECONDS)).isTrue();
    }

    private FeatureSet install(BackendFeature... features) {
        return FeatureSet.install(Jdbi.create("jdbc:h2:mem:features"), Clock.systemUTC(), Path.of("data"), timers, List.of(features));
    }
}
