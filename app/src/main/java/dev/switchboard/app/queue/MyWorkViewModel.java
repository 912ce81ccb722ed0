package dev.switchboard.app.queue;

import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.visitors.ElapsedTime;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "my work" panel beside every page: the agent's status, how many chats they hold against
 * their limit, and the waiting queues of their groups with ticking waiting times. A new queue
 * snapshot (at most one a second from the server) rebuilds only the groups that changed; between
 * snapshots only the ticking texts change. FX thread.
 */
public final class MyWorkViewModel {

    /** Waiting chats listed per group; the rest are counted. */
    static final int CHATS_SHOWN_PER_GROUP = 3;

    /** What the panel shows, all changing on the FX thread. */
    public record Sources(ObservableValue<Agent> self, ObservableValue<ChatsSnapshot> chats,
                          ObservableValue<QueueSnapshot> queue, SecondsTicker ticker) {
    }

    private final Sources sources;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObservableList<QueueGroupItem> groups = FXCollections.observableArrayList();
    private final List<GroupQueue> shownQueues = new ArrayList<>();
    private final ObjectBinding<AgentStatus> status;
    private final StringBinding statusText;
    private final IntegerBinding held;
    private final StringBinding loadText;
    private final DoubleBinding load;
    private final BooleanBinding atLimit;
    private final IntegerBinding waitingTotal;
    private final StringBinding queueSummary;

    public MyWorkViewModel(Sources sources, I18n i18n) {
        this.sources = sources;
        this.i18n = i18n;
        ObservableValue<Agent> self = sources.self();
        this.status = Bindings.createObjectBinding(() -> self.getValue().status(), self);
        this.statusText = i18n.text(() -> i18n.get("status." + status.get().name()), status);
        this.held = Bindings.createIntegerBinding(() -> held(sources.chats().getValue()), sources.chats());
        this.loadText = i18n.text(() -> i18n.get("mywork.load", held.get(), self.getValue().maxChats()), held, self);
        this.load = Bindings.createDoubleBinding(() -> self.getValue().maxChats() <= 0 ? 0
                : Math.min(1.0, (double) held.get() / self.getValue().maxChats()), held, self);
        this.atLimit = Bindings.createBooleanBinding(() -> held.get() >= self.getValue().maxChats(), held, self);
        this.waitingTotal = Bindings.createIntegerBinding(() -> sources.queue().getValue().groups().stream()
                .mapToInt(GroupQueue::waiting).sum(), sources.queue());
        this.queueSummary = i18n.text(() -> i18n.get("mywork.queue.summary", waitingTotal.get()), waitingTotal);
    }

    public void activate() {
        sources.ticker().start();
        disposer.onDispose(sources.ticker()::stop);
        disposer.observe(sources.queue(), this::showQueue);
        // the items' texts are in the language they were built in
        disposer.invalidated(i18n.localeProperty(), observable -> rebuildAll());
        disposer.onDispose(this::clearGroups);
    }

    public void deactivate() {
        disposer.dispose();
    }

    /** Chats the agent holds: open and taking part (watched chats and ended ones do not count). */
    static int held(ChatsSnapshot snapshot) {
        return (int) snapshot.chats().stream().filter(chat -> chat.phase() == ChatPhase.OPEN).count();
    }

    private void showQueue(QueueSnapshot snapshot) {
        List<GroupQueue> fresh = snapshot.groups();
        for (int i = 0; i < fresh.size(); i++) {
            if (i < shownQueues.size() && shownQueues.get(i).equals(fresh.get(i))) {
                continue;
            }
            QueueGroupItem item = item(fresh.get(i));
            if (i < groups.size()) {
                groups.get(i).dispose();
                groups.set(i, item);
                shownQueues.set(i, fresh.get(i));
            } else {
                groups.add(item);
                shownQueues.add(fresh.get(i));
            }
        }
        while (groups.size() > fresh.size()) {
            groups.remove(groups.size() - 1).dispose();
            shownQueues.remove(shownQueues.size() - 1);
        }
    }

    private void rebuildAll() {
        List<GroupQueue> queues = List.copyOf(shownQueues);
        clearGroups();
        showQueue(new QueueSnapshot(queues));
    }

    private void clearGroups() {
        groups.forEach(QueueGroupItem::dispose);
        groups.clear();
        shownQueues.clear();
    }

    private QueueGroupItem item(GroupQueue queue) {
        List<QueuedChatItem> chats = queue.chats().stream().limit(CHATS_SHOWN_PER_GROUP).map(this::chatItem).toList();
        int more = queue.waiting() - chats.size();
        return new QueueGroupItem(queue.groupId(), queue.groupName(), queue.waiting(),
                i18n.get("mywork.queue.waiting", queue.waiting()), ticking(queue.longestWaitingSince()), chats,
                more > 0 ? i18n.get("mywork.queue.more", more) : "");
    }

    private QueuedChatItem chatItem(QueuedChat chat) {
        String name = chat.visitorName() == null || chat.visitorName().isBlank()
                ? i18n.get("mywork.queue.anonymous", shortId(chat.visitorId()))
                : chat.visitorName().strip();
        return new QueuedChatItem(chat.conversationId(), name, ticking(chat.waitingSince()), chat.priority() > 0);
    }

    /** "1:05" since {@code start}, following the ticker; empty without a start. */
    private StringBinding ticking(Instant start) {
        ObservableValue<Instant> now = sources.ticker().nowProperty();
        return Bindings.createStringBinding(() -> start == null ? "" : ElapsedTime.since(start, now.getValue()), now);
    }

    private static String shortId(String visitorId) {
        if (visitorId == null) {
            return "";
        }
        return visitorId.length() <= 4 ? visitorId : visitorId.substring(visitorId.length() - 4);
    }

    public ObservableList<QueueGroupItem> groups() {
        return groups;
    }

    public ObjectBinding<AgentStatus> status() {
        return status;
    }

    public StringBinding statusText() {
        return statusText;
    }

    /** "3 / 5 chats". */
    public StringBinding loadText() {
        return loadText;
    }

    /** Held chats as a share of the limit, 0 to 1. */
    public DoubleBinding load() {
        return load;
    }

    public BooleanBinding atLimit() {
        return atLimit;
    }

    /** "4 waiting" over every group shown, or that nobody waits. */
    public StringBinding queueSummary() {
        return queueSummary;
    }

    public IntegerBinding waitingTotal() {
        return waitingTotal;
    }

    public I18n i18n() {
        return i18n;
    }
}
