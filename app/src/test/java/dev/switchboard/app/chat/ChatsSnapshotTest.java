package dev.switchboard.app.chat;

import static dev.switchboard.app.testing.ChatFixtures.chat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChatsSnapshotTest {

    @Test
    void unreadCountsTheChatsTheAgentTakesPartInNotTheOnesTheyWatch() {
        ChatsSnapshot snapshot = new ChatsSnapshot(List.of(
                chat(1, "Emma", ChatPhase.OPEN, 2),
                chat(2, "Li Lei", ChatPhase.WATCHING, 5),
                chat(3, "Han Meimei", ChatPhase.ENDED, 1)), List.of());

        assertThat(snapshot.unread()).isEqualTo(3);
        assertThat(snapshot.chat(2).orElseThrow().unread()).as("the watched chat keeps its own count").isEqualTo(5);
    }
}
