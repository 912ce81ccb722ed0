package dev.switchboard.app.queue;

import static dev.switchboard.app.testing.TestData.agent;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.testing.ChatFixtures;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.Test;

class MyWorkViewModelTest {

    private static final Instant START = Instant.parse("2026-11-02T08:00:00.250Z");

    private final MutableClock clock = new MutableClock(START);
    private final ManualScheduler scheduler = new ManualScheduler();
    private final SecondsTicker ticker = new SecondsTicker(scheduler, Runnable::run, clock);
    private final SimpleObjectProperty<Agent> self = new SimpleObjectProperty<>(withLimit(agent(1, "alice", AgentStatus.ONLINE, 1, 10L), 5));
    private final SimpleObjectProperty<ChatsSnapshot> chats = new SimpleObjectProperty<>(ChatsSnapshot.EMPTY);
    private final SimpleObjectProperty<QueueSnapshot> queue = new SimpleObjectProperty<>(new QueueSnapshot(List.of()));
    private final I18n i18n = new I18n(Locale.ENGLISH);
    private final MyWorkViewModel model = new MyWorkViewModel(new MyWorkViewModel.Sources(self, chats, queue, ticker), i18n);

    @Test
    void showsTheChatsHeldAgainstTheLimitCountingOnlyOpenChats() {
        model.activate();
        chats.set(new ChatsSnapshot(List.of(chat(1, ChatPhase.OPEN), chat(2, ChatPhase.OPEN), chat(3, ChatPhase.ENDED),
                chat(4, ChatPhase.WATCHING), chat(5, ChatPhase.OPEN)), List.of()));

        assertThat(model.loadText().get()).isEqualTo("3 / 5 chats");
        assertThat(model.load().get()).isEqualTo(0.6);
        assertThat(model.atLimit().get()).isFalse();
        assertThat(model.statusText().get()).isEqualTo("Online");

        self.set(withLimit(self.get(), 3));
        assertThat(model.atLimit().get()).isTrue();
        i18n.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(model.loadText().get()).isEqualTo("3 / 3 个对话");
    }

    @Test
    void waitingTimesTickOnceASecondWithoutRebuildingTheGroups() {
        model.activate();
        queue.set(new QueueSnapshot(List.of(group(10, "Pre-sales", 2, START.minusSeconds(65),
                waiting(17, "Emma", START.minusSeconds(65), 0), waiting(18, null, START.minusSeconds(5), 1)))));
        List<ListChangeListener.Change<? extends QueueGroupItem>> changes = new ArrayList<>();
        model.groups().addListener((ListChangeListener<QueueGroupItem>) changes::add);

        QueueGroupItem group = model.groups().get(0);
        assertThat(group.waitingText()).isEqualTo("2 waiting");
        assertThat(group.longestWait().get()).isEqualTo("1:05");
        assertThat(group.chats()).extracting(QueuedChatItem::visitorName).containsExactly("Emma", "Visitor r-18");
        assertThat(group.chats()).extracting(QueuedChatItem::priority).containsExactly(false, true);
        assertThat(group.chats().get(1).waited().get()).isEqualTo("0:05");
        assertThat(scheduler.delays()).containsExactly(Duration.ofMillis(750));

        clock.advance(Duration.ofSeconds(1));
        scheduler.runNext();
        clock.advance(Duration.ofSeconds(1));
        scheduler.runNext();

        assertThat(group.longestWait().get()).isEqualTo("1:07");
        assertThat(group.chats().get(1).waited().get()).isEqualTo("0:07");
        assertThat(scheduler.pending()).as("one tick planned at a time").isEqualTo(1);
        assertThat(changes).as("ticks only change the texts").isEmpty();
    }

    @Test
    void aNewSnapshotReplacesOnlyTheGroupsThatChangedAndListsTheFirstFew() {
        model.activate();
        GroupQueue presales = group(10, "Pre-sales", 0, null);
        queue.set(new QueueSnapshot(List.of(presales, group(11, "VIP", 0, null))));
        QueueGroupItem presalesItem = model.groups().get(0);
        assertThat(model.queueSummary().get()).isEqualTo("Nobody waiting");
        assertThat(presalesItem.longestWait().get()).isEmpty();

        queue.set(new QueueSnapshot(List.of(presales, group(11, "VIP", 5, START,
                waiting(1, "A", START, 0), waiting(2, "B", START, 0), waiting(3, "C", START, 0), waiting(4, "D", START, 0)))));

        assertThat(model.groups().get(0)).isSameAs(presalesItem);
        QueueGroupItem vip = model.groups().get(1);
        assertThat(vip.chats()).hasSize(MyWorkViewModel.CHATS_SHOWN_PER_GROUP);
        assertThat(vip.moreText()).isEqualTo("+2 more");
        assertThat(model.queueSummary().get()).isEqualTo("5 waiting");

        queue.set(new QueueSnapshot(List.of(presales)));
        assertThat(model.groups()).hasSize(1);
    }

    @Test
    void deactivatedItStopsTickingAndShowsNothing() {
        model.activate();
        queue.set(new QueueSnapshot(List.of(group(10, "Pre-sales", 1, START, waiting(17, "Emma", START, 0)))));
        model.deactivate();

        assertThat(scheduler.pending()).isZero();
        assertThat(model.groups()).isEmpty();
        queue.set(new QueueSnapshot(List.of(group(10, "Pre-sales", 0, null))));
        assertThat(model.groups()).isEmpty();
    }

    private static Agent withLimit(Agent agent, int maxChats) {
        return new Agent(agent.id(), agent.login(), agent.displayName(), agent.role(), agent.groupIds(), agent.skills(), maxChats,
                agent.status(), agent.enabled(), agent.version());
    }

    static Chat chat(long id, ChatPhase phase) {
        return ChatFixtures.chat(id, "", phase, 0);
    }

    static GroupQueue group(long id, String name, int waiting, Instant longest, QueuedChat... chats) {
        return new GroupQueue(id, name, waiting, longest, List.of(chats));
    }

    static QueuedChat waiting(long id, String name, Instant since, int priority) {
        return new QueuedChat(id, "visitor-" + id, name, since, priority);
    }
}
