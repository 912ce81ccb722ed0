package dev.switchboard.app.canned;

import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.CannedSearch;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.CannedReplyOrder;
import dev.switchboard.shared.chat.CannedReplyRules;
import dev.switchboard.shared.chat.NewCannedReply;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The canned-reply manager: one scope at a time (the agent's own replies, or one of their groups'),
 * filtered by category and text, in the scope's order; an editor for the chosen reply or a new one;
 * moving a reply up, down or onto another. Personal replies are always the agent's to change; a
 * group's only a supervisor's (the backend checks again). Reads the synced cache, so it shows the
 * replies offline too; writing needs the backend. FX thread.
 */
public final class CannedManagerViewModel {

    /** Whose replies: the agent's own ({@code groupId} null) or a group's. */
    public record Scope(Long groupId, String name, boolean editable) {
    }

    /** The category filter's entry for "every category". */
    public static final String ALL_CATEGORIES = "";

    private final CannedReplies store;
    private final CannedRepliesApi api;
    private final I18n i18n;
    private final ReadOnlyObjectProperty<Agent> self;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final Executor fx;

    private final ObservableList<Scope> scopes = FXCollections.observableArrayList();
    private final ObjectProperty<Scope> scope = new SimpleObjectProperty<>();
    private final ObservableList<String> categories = FXCollections.observableArrayList();
    private final StringProperty categoryFilter = new SimpleStringProperty(ALL_CATEGORIES);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<CannedReply> replies = FXCollections.observableArrayList();
    private final ObjectProperty<CannedReply> selected = new SimpleObjectProperty<>();
    private final StringProperty shortcut = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty category = new SimpleStringProperty("");
    private final StringProperty body = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding editable;
    /** The reply the editor shows once the change log brings it (it was just created). */
    private Long selectWhenSynced;

    CannedManagerViewModel(CannedReplies store, CannedRepliesApi api, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                           ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.store = store;
        this.api = api;
        this.i18n = i18n;
        this.self = self;
        this.team = team;
        this.fx = fx;
        this.editable = Bindings.createBooleanBinding(() -> scope.get() != null && scope.get().editable() && !busy.get(), scope, busy);
    }

    public void activate(Disposer disposer) {
        Runnable stop = store.onChange(() -> fx.execute(this::refresh));
        disposer.onDispose(stop);
        disposer.observe(self, agent -> rebuildScopes());
        disposer.observe(team, snapshot -> rebuildScopes());
        disposer.observe(scope, chosen -> {
            categoryFilter.set(ALL_CATEGORIES);
            newReply();
            refresh();
        });
        disposer.observe(categoryFilter, filter -> refresh());
        disposer.observe(search, text -> refresh());
        disposer.observe(selected, this::load);
    }

    // --- what the view shows ---

    public ObservableList<Scope> scopes() {
        return scopes;
    }

    public ObjectProperty<Scope> scopeProperty() {
        return scope;
    }

    /** The categories of the scope's replies, in the order they first appear; the filter adds "all". */
    public ObservableList<String> categories() {
        return categories;
    }

    public StringProperty categoryFilterProperty() {
        return categoryFilter;
    }

    public StringProperty searchProperty() {
        return search;
    }

    /** The scope's replies that pass the filters, in the scope's order. */
    public ObservableList<CannedReply> replies() {
        return replies;
    }

    /** The reply in the editor; null for a new one. */
    public ObjectProperty<CannedReply> selectedProperty() {
        return selected;
    }

    public StringProperty shortcutProperty() {
        return shortcut;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty categoryProperty() {
        return category;
    }

    public StringProperty bodyProperty() {
        return body;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** Whether the agent may change the scope's replies now. */
    public BooleanBinding editable() {
        return editable;
    }

    public I18n i18n() {
        return i18n;
    }

    // --- what the agent does ---

    /** An empty editor for a new reply in the scope. */
    public void newReply() {
        selected.set(null);
        load(null);
    }

    /** Creates or changes the reply in the editor; the list shows it once the change log brings it back. */
    public void save() {
        Scope in = scope.get();
        if (in == null || !editable.get()) {
            return;
        }
        CannedReply editing = selected.get();
        // a change carries the version read: a reply changed meanwhile is refused (409), not overwritten
        NewCannedReply reply = new NewCannedReply(in.groupId(), shortcut.get().strip(), title.get(), body.get(),
                CannedReplyRules.category(category.get()), editing == null ? null : editing.version());
        List<FieldError> wrong = CannedReplyRules.check(reply);
        if (!wrong.isEmpty()) {
            error.set(fieldErrors(wrong));
            return;
        }
        CompletableFuture<CannedReply> saved = editing == null ? api.create(reply) : api.replace(editing.id(), reply);
        run(saved.thenAccept(stored -> fx.execute(() -> {
            selectWhenSynced = stored.id();
            refresh();
        })));
    }

    public void delete() {
        CannedReply editing = selected.get();
        if (editing == null || !editable.get()) {
            return;
        }
        run(api.delete(editing.id()).thenRun(() -> fx.execute(this::newReply)));
    }

    /** Moves the chosen reply above the one shown before it. */
    public void moveUp() {
        moveBy(-1);
    }

    /** Moves the chosen reply below the one shown after it. */
    public void moveDown() {
        moveBy(1);
    }

    /** Puts reply {@code moved} where {@code target} is (dragged onto it). */
    public void move(long moved, long target) {
        Scope in = scope.get();
        if (in == null || !editable.get()) {
            return;
        }
        List<Long> order = inScope(in).stream().map(CannedReply::id).toList();
        List<Long> changed = ReplyOrder.move(order, moved, target);
        if (!changed.equals(order)) {
            run(api.reorder(new CannedReplyOrder(in.groupId(), changed)));
        }
    }

    private void moveBy(int step) {
        CannedReply chosen = selected.get();
        if (chosen == null) {
            return;
        }
        int at = replies.indexOf(chosen);
        int next = at + step;
        if (at >= 0 && next >= 0 && next < replies.size()) {
            move(chosen.id(), replies.get(next).id());
        }
    }

    private void run(CompletableFuture<?> work) {
        busy.set(true);
        error.set("");
        work.whenComplete((done, failure) -> fx.execute(() -> {
            busy.set(false);
            if (failure != null) {
                error.set(describe(failure));
            }
        }));
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ServerUnreachableException) {
            return i18n.get("canned.error.unreachable");
        }
        if (cause instanceof ProblemException problem) {
            if (problem.is(ProblemType.VALIDATION) && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
                return fieldErrors(problem.problem().errors());
            }
            if (problem.is(ProblemType.CONFLICT)) {
                return i18n.get("canned.error.stale");
            }
            if (problem.is(ProblemType.FORBIDDEN) || problem.is(ProblemType.NOT_FOUND)) {
                return i18n.get("canned.error.forbidden");
            }
            return i18n.get("canned.error.refused", Objects.requireNonNullElse(problem.problem().detail(), problem.problem().title()));
        }
        return i18n.get("canned.error.refused", String.valueOf(cause.getMessage()));
    }

    private String fieldErrors(List<FieldError> errors) {
        return String.join(" ", errors.stream()
                .map(wrong -> i18n.get("canned.error." + switch (wrong.field()) {
                    case "shortcut", "title", "body", "category" -> wrong.field();
                    default -> "other";
                })).toList());
    }

    // --- keeping the view in step with the cache ---

    private void rebuildScopes() {
        Agent agent = self.get();
        if (agent == null) {
            return;
        }
        List<Scope> now = new ArrayList<>();
        now.add(new Scope(null, i18n.get("canned.scope.personal"), true));
        boolean supervisor = agent.role().atLeast(Role.SUPERVISOR);
        for (long groupId : agent.groupIds()) {
            Group group = team.get().groups().get(groupId);
            now.add(new Scope(groupId, group == null ? "#" + groupId : group.name(), supervisor));
        }
        if (!now.equals(scopes)) {
            Scope before = scope.get();
            scopes.setAll(now);
            scope.set(now.stream().filter(s -> before != null && Objects.equals(s.groupId(), before.groupId())).findFirst().orElse(now.get(0)));
        }
    }

    private List<CannedReply> inScope(Scope in) {
        return store.all().stream().filter(reply -> Objects.equals(reply.groupId(), in.groupId())).toList();
    }

    private void refresh() {
        Scope in = scope.get();
        if (in == null) {
            replies.clear();
            return;
        }
        List<CannedReply> all = inScope(in);
        Set<String> named = new LinkedHashSet<>();
        all.forEach(reply -> {
            if (reply.category() != null) {
                named.add(reply.category());
            }
        });
        if (!categories.equals(new ArrayList<>(named))) {
            categories.setAll(named);
        }
        String filter = categoryFilter.get();
        Set<CannedReply> found = search.get().isBlank() ? null : new HashSet<>(CannedSearch.afterSlash(all, search.get()));
        List<CannedReply> shown = all.stream()
                .filter(reply -> filter == null || filter.isEmpty() || filter.equals(reply.category()))
                .filter(reply -> found == null || found.contains(reply))
                .toList();
        if (!shown.equals(replies)) {
            replies.setAll(shown);
        }
        CannedReply editing = selected.get();
        Long wanted = selectWhenSynced != null ? selectWhenSynced : editing == null ? null : editing.id();
        CannedReply fresh = wanted == null ? null : all.stream().filter(reply -> reply.id() == wanted).findFirst().orElse(null);
        if (fresh != null) {
            selectWhenSynced = null;
            if (!fresh.equals(editing)) {
                selected.set(fresh);
            }
        } else if (editing != null && selectWhenSynced == null) {
            newReply(); // deleted, here or elsewhere
        }
    }

    /** Fills the editor with the reply (a new one: empty, in the filter's category). */
    private void load(CannedReply reply) {
        error.set("");
        shortcut.set(reply == null ? "" : reply.shortcut());
        title.set(reply == null ? "" : reply.title());
        category.set(reply == null ? Objects.requireNonNullElse(categoryFilter.get(), "") : Objects.requireNonNullElse(reply.category(), ""));
        body.set(reply == null ? "" : reply.body());
    }
}
