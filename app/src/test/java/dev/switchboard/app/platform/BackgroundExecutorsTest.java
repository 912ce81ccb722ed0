package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class BackgroundExecutorsTest {

    @Test
    void workScheduledAfterCloseIsDroppedInsteadOfThrownAtTheCaller() {
        BackgroundExecutors executors = new BackgroundExecutors("test");
        Scheduler scheduler = executors.scheduler();
        executors.close();
        AtomicBoolean ran = new AtomicBoolean();

        // A reply or a socket close handled on a network thread while the workstation shuts down.
        assertThatCode(() -> scheduler.schedule(Duration.ZERO, () -> ran.set(true)).cancel()).doesNotThrowAnyException();
        assertThat(executors.io().isShutdown()).isTrue();
        assertThat(ran).isFalse();
    }
}
