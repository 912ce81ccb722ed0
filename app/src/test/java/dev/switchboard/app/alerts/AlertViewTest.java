package dev.switchboard.app.alerts;

import static dev.switchboard.app.testing.WorkstationDriver.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Notification;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.queue.LongWaitWatch;
import dev.switchboard.app.queue.QueueAlertKind;
import dev.switchboard.app.queue.WaitingChatDestination;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.app.testing.WorkstationDriver;
import java.time.Instant;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The alert cards: the newest few, and a card that stays itself while its text changes. */
class AlertViewTest {

    private final AlertBoard board = new AlertBoard(new AlertBoard.Effects(() -> false, chime -> { }, new FakeAttention(true),
            () -> true, new MutableClock(Instant.parse("2026-11-02T08:00:00Z"))));

    @BeforeAll
    static void toolkit() throws Exception {
        WorkstationDriver.initToolkit();
    }

    private static AgentAlert waiting(long id, String text) {
        return new AgentAlert(LongWaitWatch.waitKey(id), QueueAlertKind.LONG_WAIT, new WaitingChatDestination(id), text);
    }

    @Test
    void aCardStaysTheSameNodeWhileItsTextCountsOn() {
        AlertView view = new AlertView(board, new I18n(Locale.ENGLISH));
        Node card = onFx(() -> {
            view.activate();
            board.raise(waiting(1, "Emma has waited 1:00 in Pre-sales"));
            return view.root().getChildren().get(0);
        });

        Node after = onFx(() -> {
            board.raise(waiting(1, "Emma has waited 1:01 in Pre-sales"));
            return view.root().getChildren().get(0);
        });

        assertThat(after).as("a press on the card is not lost to a new card").isSameAs(card);
        assertThat(onFx(() -> ((Notification) after).getMessage())).isEqualTo("Emma has waited 1:01 in Pre-sales");
    }

    @Test
    void theNewestThreeShowAndTheRestAreCounted() {
        AlertView view = new AlertView(board, new I18n(Locale.ENGLISH));
        onFx(() -> {
            view.activate();
            for (int i = 1; i <= 5; i++) {
                board.raise(waiting(i, "Visitor " + i + " has waited"));
            }
            return null;
        });

        assertThat(onFx(() -> view.root().getChildren().stream()
                .map(node -> node instanceof Notification card ? card.getMessage() : ((Label) node).getText()).toList()))
                .containsExactly("Visitor 5 has waited", "Visitor 4 has waited", "Visitor 3 has waited", "+2 more waiting for you");
    }
}
