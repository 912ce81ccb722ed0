package dev.switchboard.app.tickets;

import static dev.switchboard.app.testing.WorkstationDriver.MAIN_TITLE;
import static dev.switchboard.app.testing.WorkstationDriver.find;
import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static dev.switchboard.app.testing.WorkstationDriver.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.testing.WorkstationDriver;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.sync.TicketSnapshotPage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;

/**
 * An empty cache signing in to a backend with 5,000 tickets (three snapshot pages): while the first
 * fill runs, the Tickets page says how far it got and of about how many; once it is done the line goes
 * and the list holds every ticket. The fill is held after its first page by a gate on the snapshot
 * reads, so the line is seen without racing the fill.
 */
class TicketFillProgressUiTest {

    private static final int TICKETS = 5000;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();

    private final FxRobot robot = new FxRobot();
    private final CountDownLatch release = new CountDownLatch(1);

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    @AfterEach
    void noGate() {
        release.countDown();
        OfflineTicketWiring.snapshotReadsForTests = java.util.function.UnaryOperator.identity();
    }

    @Test
    void theTicketsPageSaysHowFarTheFirstFillGotUntilItIsDone(@TempDir Path home) throws Exception {
        List<Long> ids = TicketSyncBenchmarkData.seed(backend, TICKETS);
        assertThat(ids).hasSize(TICKETS);
        AtomicInteger held = new AtomicInteger();
        OfflineTicketWiring.snapshotReadsForTests = pages -> (after, limit) -> {
            if (after > 0) {
                held.incrementAndGet();
                try {
                    if (!release.await(2, TimeUnit.MINUTES)) {
                        throw new IllegalStateException("the test never released the fill");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
            return pages.read(after, limit);
        };

        try (WorkstationDriver workstation = WorkstationDriver.start(home, "http://localhost:" + backend.server().port(), "admin",
                TestBackend.PASSWORD)) {
            Stage main = workstation.waitForWindow(MAIN_TITLE);
            robot.clickOn((Node) find(robot, main, "#nav-TICKETS"));
            waitUntil("the page open", () -> onFx(() -> main.getScene().getRoot().lookup("#ticketsTable") != null));
            ComboBox<TicketQueue> queue = find(robot, main, "#ticketQueue");
            onFx(() -> {
                queue.setValue(TicketQueue.ALL_OPEN);
                return null;
            });

            Label filling = find(robot, main, "#ticketsFilling");
            waitUntil("the fill held after its first page", () -> held.get() > 0);
            waitUntil("the line says how far it got: one page of " + TicketSnapshotPage.MAX_LIMIT, () -> onFx(filling::isVisible)
                    && onFx(filling::getText).equals("Loading tickets: 2,000 of about 5,000"));

            release.countDown();
            TableView<Ticket> table = find(robot, main, "#ticketsTable");
            waitUntil("the line gone", () -> !onFx(filling::isVisible));
            waitUntil("every ticket listed", () -> onFx(() -> table.getItems().stream().map(Ticket::id).sorted().toList()).equals(ids));
            assertThat(onFx(filling::isManaged)).as("it takes no room once done").isFalse();
        }
    }
}
