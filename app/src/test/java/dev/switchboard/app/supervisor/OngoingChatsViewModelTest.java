package dev.switchboard.app.supervisor;

import static dev.switchboard.app.testing.TestData.agent;
import static dev.switchboard.app.testing.TestData.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

class OngoingChatsViewModelTest {

    private static final Instant NOW = Instant.parse("2026-11-02T08:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final Deque<CompletableFuture<List<Conversation>>> answers = new ArrayDeque<>();
    private int asked;
    private final SimpleObjectProperty<QueueSnapshot> queue = new SimpleObjectProperty<>(new QueueSnapshot(List.of()));
    private final SimpleObjectProperty<TeamSnapshot> team = new SimpleObjectProperty<>(TeamSnapshot.of(
            List.of(agent(1, "alice", AgentStatus.ONLINE, 1, 10L)), List.of(group(10, "Pre-sales")), 1));
    private final OngoingChatsViewModel model = new OngoingChatsViewModel(new OngoingChatsViewModel.Sources(() -> {
        asked++;
        return answers.isEmpty() ? CompletableFuture.completedFuture(List.of()) : answers.poll();
    }, queue, team, new SecondsTicker(scheduler, Runnable::run, clock), scheduler, Runnable::run), new I18n(Locale.ENGLISH));

    private static Conversation active(long id, String name, long ownerId, Instant assignedAt) {
        return new Conversation(id, "v-" + id, "default", ConversationStatus.ACTIVE, 10L, ownerId, Map.of("name", name), 3,
                assignedAt.minusSeconds(30), assignedAt, null, null, null);
    }

    @Test
    void listsWaitingChatsFirstThenActiveOnesWithTheirAgentAndTickingDurations() {
        answers.add(CompletableFuture.completedFuture(List.of(active(1, "Emma", 1, NOW.minusSeconds(125)))));
        queue.set(new QueueSnapshot(List.of(new GroupQueue(10, "Pre-sales", 1, NOW.minusSeconds(10),
                List.of(new QueuedChat(2, "v-2", null, NOW.minusSeconds(10), 0))))));

        model.activate();

        assertThat(model.rows()).extracting(OngoingChat::conversationId).containsExactly(2L, 1L);
        OngoingChat emma = model.rows().get(1);
        assertThat(emma.agentName()).isEqualTo("Alice");
        assertThat(emma.groupName()).isEqualTo("Pre-sales");
        assertThat(model.agentText(model.rows().get(0))).isEqualTo("Waiting");
        assertThat(model.rows().get(0).visitorName()).isEqualTo("a visitor");
        assertThat(model.summary().get()).isEqualTo("1 active · 1 waiting");

        var duration = model.duration(emma);
        assertThat(duration.getValue()).isEqualTo("2:05");
        clock.advance(Duration.ofSeconds(1));
        scheduler.runNext();
        assertThat(duration.getValue()).isEqualTo("2:06");
    }

    @Test
    void asksAgainEveryFewSecondsWhileShownAndSaysSoWhenTheServerFails() {
        model.activate();
        assertThat(asked).isEqualTo(1);
        assertThat(scheduler.delays()).contains(OngoingChatsViewModel.REFRESH);

        answers.add(CompletableFuture.failedFuture(new IllegalStateException("down")));
        runRefresh();
        assertThat(asked).isEqualTo(2);
        assertThat(model.problem().getValue()).isEqualTo("The ongoing chats could not be loaded; retrying.");

        runRefresh();
        assertThat(model.problem().getValue()).isEmpty();

        model.deactivate();
        assertThat(scheduler.pending()).isZero();
    }

    /** Runs the planned refresh (the ticker's tick may be planned before it). */
    private void runRefresh() {
        int before = asked;
        while (asked == before) {
            scheduler.runNext();
        }
    }
}
