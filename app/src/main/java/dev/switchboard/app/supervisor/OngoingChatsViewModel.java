package dev.switchboard.app.supervisor;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.visitors.ElapsedTime;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chats going on now, for supervisors: every active chat with its agent (from the server,
 * again every few seconds while the page shows) and every chat waiting in a queue (live from
 * {@code chat.queue}), with ticking durations. FX thread; the server is asked in the background.
 */
public final class OngoingChatsViewModel {

    /** How often the active chats are asked for again while the page shows. */
    static final Duration REFRESH = Duration.ofSeconds(5);

    /** Where the list comes from. */
    public record Sources(SupervisorChats server, ObservableValue<QueueSnapshot> queue, ObservableValue<TeamSnapshot> team,
                          SecondsTicker ticker, Scheduler scheduler, Executor fx) {
    }

    private final Sources sources;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObservableList<OngoingChat> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final StringBinding summary;
    private List<Conversation> active = List.of();
    private boolean running;
    private long generation;
    private Scheduler.Cancellable nextRefresh;

    public OngoingChatsViewModel(Sources sources, I18n i18n) {
        this.sources = sources;
        this.i18n = i18n;
        this.summary = i18n.text(() -> i18n.get("supervisor.chats.summary", count(ConversationStatus.ACTIVE),
                count(ConversationStatus.QUEUED)), rows);
    }

    public void activate() {
        running = true;
        sources.ticker().start();
        disposer.onDispose(sources.ticker()::stop);
        disposer.invalidated(sources.queue(), observable -> showRows());
        disposer.invalidated(sources.team(), observable -> showRows());
        refresh();
    }

    public void deactivate() {
        running = false;
        generation++;
        if (nextRefresh != null) {
            nextRefresh.cancel();
            nextRefresh = null;
        }
        disposer.dispose();
    }

    /** Asks the server for the active chats now, and again after {@link #REFRESH}. */
    public void refresh() {
        long asked = ++generation;
        if (nextRefresh != null) {
            nextRefresh.cancel();
        }
        sources.server().active().whenCompleteAsync((conversations, failure) -> {
            if (asked != generation || !running) {
                return;
            }
            if (failure == null) {
                active = List.copyOf(conversations);
                problem.set("");
            } else {
                problem.set(i18n.get("supervisor.chats.unavailable"));
            }
            showRows();
            nextRefresh = sources.scheduler().schedule(REFRESH, () -> sources.fx().execute(() -> {
                if (asked == generation && running) {
                    refresh();
                }
            }));
        }, sources.fx());
    }

    private void showRows() {
        TeamSnapshot team = sources.team().getValue();
        List<OngoingChat> fresh = new ArrayList<>();
        for (Conversation conversation : active) {
            String agent = conversation.ownerId() == null ? "" : team.agent(conversation.ownerId()).map(Agent::displayName).orElse("");
            Instant since = conversation.assignedAt() != null ? conversation.assignedAt() : conversation.createdAt();
            fresh.add(new OngoingChat(conversation.id(), visitorName(conversation.prechat().get("name")), agent,
                    groupName(team, conversation.groupId()), ConversationStatus.ACTIVE, since, conversation.ownerId()));
        }
        for (GroupQueue group : sources.queue().getValue().groups()) {
            for (QueuedChat waiting : group.chats()) {
                if (fresh.stream().noneMatch(row -> row.conversationId() == waiting.conversationId())) {
                    fresh.add(new OngoingChat(waiting.conversationId(), visitorName(waiting.visitorName()), "", group.groupName(),
                            ConversationStatus.QUEUED, waiting.waitingSince(), null));
                }
            }
        }
        // waiting chats first (they need someone), then the longest running
        fresh.sort(Comparator.comparing((OngoingChat row) -> row.status() != ConversationStatus.QUEUED)
                .thenComparing(OngoingChat::since, Comparator.nullsLast(Comparator.naturalOrder())));
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
    }

    private String visitorName(String name) {
        return name == null || name.isBlank() ? i18n.get("alerts.aVisitor") : name.strip();
    }

    private static String groupName(TeamSnapshot team, Long groupId) {
        Group group = groupId == null ? null : team.groups().get(groupId);
        return group == null ? "" : group.name();
    }

    private long count(ConversationStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }

    public ObservableList<OngoingChat> rows() {
        return rows;
    }

    /** "3 active · 1 waiting". */
    public StringBinding summary() {
        return summary;
    }

    /** Why the list may be out of date; empty when it is not. */
    public ObservableValue<String> problem() {
        return problem.getReadOnlyProperty();
    }

    /** How long the chat has been served, or waited; ticking. */
    public ObservableValue<String> duration(OngoingChat row) {
        ObservableValue<Instant> now = sources.ticker().nowProperty();
        return Bindings.createStringBinding(() -> ElapsedTime.since(row.since(), now.getValue()), now);
    }

    /** The agent, or that it waits. */
    public String agentText(OngoingChat row) {
        return row.status() == ConversationStatus.QUEUED ? i18n.get("supervisor.chats.waiting") : row.agentName();
    }

    public I18n i18n() {
        return i18n;
    }
}
