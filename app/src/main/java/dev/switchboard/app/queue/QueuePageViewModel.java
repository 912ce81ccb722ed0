package dev.switchboard.app.queue;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.visitors.ElapsedTime;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.GroupQueue;
import dev.switchboard.shared.chat.QueueSnapshot;
import dev.switchboard.shared.chat.QueuedChat;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Queue page (ADR 0013): every chat waiting in the agent's groups (a supervisor's: every group),
 * longest waiting first within its group, with ticking waits. The agent takes the selected chat
 * (抢单); a supervisor may instead give it to a connected agent with a reason. A chat shown from an
 * alert or the "my work" panel is selected. FX thread.
 */
public final class QueuePageViewModel {

    /** What the page shows and does. */
    public record Sources(ObservableValue<QueueSnapshot> queue, ObservableValue<Agent> self, ObservableValue<TeamSnapshot> team,
                          SecondsTicker ticker, QueueActions actions, Function<Throwable, String> failureText, Executor fx) {
    }

    private final Sources sources;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObservableList<WaitingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Agent> assignees = FXCollections.observableArrayList();
    private final ObjectProperty<WaitingRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Agent> assignee = new SimpleObjectProperty<>();
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final BooleanBinding supervisor;
    private final BooleanBinding canTake;
    private final BooleanBinding canAssign;
    private final StringBinding summary;
    /** A chat to select once it is listed (shown from an alert before the queue arrived). */
    private Long wanted;

    public QueuePageViewModel(Sources sources, I18n i18n) {
        this.sources = sources;
        this.i18n = i18n;
        this.supervisor = Bindings.createBooleanBinding(() -> sources.self().getValue().role().atLeast(Role.SUPERVISOR), sources.self());
        this.canTake = selected.isNotNull().and(busy.not());
        this.canAssign = canTake.and(assignee.isNotNull()).and(supervisor);
        this.summary = i18n.text(() -> i18n.get("queue.page.summary", rows.size()), rows);
        showQueue(sources.queue().getValue());
        sources.queue().addListener((observable, before, now) -> showQueue(now));
        sources.team().addListener((observable, before, now) -> showAssignees(now));
        showAssignees(sources.team().getValue());
    }

    public void activate() {
        sources.ticker().start();
        disposer.onDispose(sources.ticker()::stop);
    }

    public void deactivate() {
        disposer.dispose();
    }

    /** Selects the chat (shown from an alert or the panel); one not listed yet is selected when it is. */
    public void select(long conversationId) {
        wanted = conversationId;
        rows.stream().filter(row -> row.conversationId() == conversationId).findFirst().ifPresent(row -> {
            selected.set(row);
            wanted = null;
        });
    }

    /** The agent takes the selected chat. */
    public void take() {
        WaitingRow row = selected.get();
        if (row != null && !busy.get()) {
            run(sources.actions().take(row.conversationId()));
        }
    }

    /** A supervisor gives the selected chat to the chosen agent. */
    public void assign() {
        WaitingRow row = selected.get();
        Agent agent = assignee.get();
        if (row != null && agent != null && canAssign.get()) {
            run(sources.actions().assign(row.conversationId(), agent.id(), reason.get()).thenRun(() -> sources.fx().execute(() -> reason.set(""))));
        }
    }

    private void run(CompletableFuture<Void> action) {
        busy.set(true);
        problem.set("");
        action.whenCompleteAsync((ok, failure) -> {
            busy.set(false);
            if (failure != null) {
                problem.set(sources.failureText().apply(failure));
            }
        }, sources.fx());
    }

    private void showQueue(QueueSnapshot snapshot) {
        List<WaitingRow> fresh = new ArrayList<>();
        for (GroupQueue group : snapshot.groups()) {
            for (QueuedChat chat : group.chats()) {
                fresh.add(new WaitingRow(chat.conversationId(), name(chat), group.groupId(), group.groupName(), chat.waitingSince(),
                        chat.priority() > 0));
            }
        }
        WaitingRow keep = selected.get();
        if (!fresh.equals(rows)) {
            rows.setAll(fresh);
        }
        Long select = wanted != null ? wanted : keep == null ? null : keep.conversationId();
        selected.set(select == null ? null : fresh.stream().filter(row -> row.conversationId() == select).findFirst().orElse(null));
        if (selected.get() != null) {
            wanted = null;
        }
    }

    /** Whom a supervisor may give a chat to: agents connected now, by name. */
    private void showAssignees(TeamSnapshot team) {
        Agent chosen = assignee.get();
        List<Agent> connected = team.agents().values().stream().filter(agent -> agent.enabled() && agent.status() != AgentStatus.OFFLINE)
                .sorted(Comparator.comparing(Agent::displayName)).toList();
        assignees.setAll(connected);
        assignee.set(chosen == null ? null : connected.stream().filter(agent -> agent.id() == chosen.id()).findFirst().orElse(null));
    }

    private String name(QueuedChat chat) {
        return chat.visitorName() == null || chat.visitorName().isBlank() ? i18n.get("alerts.aVisitor") : chat.visitorName().strip();
    }

    /** "1:05" waited, ticking. */
    public ObservableValue<String> waited(WaitingRow row) {
        ObservableValue<Instant> now = sources.ticker().nowProperty();
        return Bindings.createStringBinding(() -> row.waitingSince() == null ? "" : ElapsedTime.since(row.waitingSince(), now.getValue()), now);
    }

    public ObservableList<WaitingRow> rows() {
        return rows;
    }

    public ObjectProperty<WaitingRow> selectedProperty() {
        return selected;
    }

    public ObservableList<Agent> assignees() {
        return assignees;
    }

    public ObjectProperty<Agent> assigneeProperty() {
        return assignee;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanBinding supervisor() {
        return supervisor;
    }

    public BooleanBinding canTake() {
        return canTake;
    }

    public BooleanBinding canAssign() {
        return canAssign;
    }

    public StringBinding summary() {
        return summary;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }
}
