package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.tickets.offline.TicketFill;
import java.util.ArrayDeque;
import java.util.Deque;
import org.junit.jupiter.api.Test;

/**
 * A fill's progress reaches the FX thread as immutable values, coalesced: pages told while the FX
 * thread is busy become one update with the newest. The FX thread is a queue the test runs.
 */
class TicketSyncStatusFillingTest {

    private final Deque<Runnable> fx = new ArrayDeque<>();
    private final TicketSyncStatus status = new TicketSyncStatus(null, fx::add); // the outbox is not read here

    @Test
    void pagesToldWhileTheFxThreadIsBusyArriveOnceAsTheNewest() {
        assertThat(status.fillingProperty().get().running()).as("no fill before one is told").isFalse();

        status.filling(new TicketFill.Filling(true, 2000, 5000));
        status.filling(new TicketFill.Filling(true, 4000, 5000));
        assertThat(fx).as("one update on its way").hasSize(1);
        assertThat(status.fillingProperty().get().running()).as("kept on the FX thread only").isFalse();

        fx.poll().run();
        assertThat(status.fillingProperty().get()).isEqualTo(new TicketFill.Filling(true, 4000, 5000));

        status.filling(new TicketFill.Filling(false, 5000, 5000));
        assertThat(fx).hasSize(1);
        fx.poll().run();
        assertThat(status.fillingProperty().get()).isEqualTo(new TicketFill.Filling(false, 5000, 5000));
        assertThat(fx).isEmpty();
    }
}
