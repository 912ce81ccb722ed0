package dev.switchboard.app.accounts;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Accounts section: the synced accounts, searched by login, name or group, and the editor of
 * the one chosen or of a new one. Administrators see and edit every account; a supervisor sees the
 * accounts of their groups and sets skills in them (the backend allows no more: see ADR 0020).
 * The list follows the change log, so another administrator's save shows at once. FX thread.
 */
public final class AccountsViewModel {

    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final ReadOnlyObjectProperty<Agent> self;
    private final AccountEditorViewModel editor;
    private final ObservableList<AccountRow> rows = FXCollections.observableArrayList();
    private final FilteredList<AccountRow> shown = new FilteredList<>(rows);
    private final StringProperty search = new SimpleStringProperty("");
    private final BooleanBinding administrator;

    AccountsViewModel(ReadOnlyObjectProperty<TeamSnapshot> team, ReadOnlyObjectProperty<Agent> self, AccountEditorViewModel editor) {
        this.team = team;
        this.self = self;
        this.editor = editor;
        this.administrator = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role() == Role.ADMIN, self);
    }

    public void activate(Disposer disposer) {
        editor.activate(disposer);
        disposer.observe(team, snapshot -> refresh());
        disposer.observe(self, agent -> refresh());
        disposer.observe(search, text -> {
            String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
            shown.setPredicate(row -> row.matches(wanted));
        });
    }

    /** The accounts the search finds; the view sorts them by the column chosen. */
    public ObservableList<AccountRow> rows() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public AccountEditorViewModel editor() {
        return editor;
    }

    /** Only administrators create accounts. */
    public BooleanBinding administratorProperty() {
        return administrator;
    }

    /** Opens the chosen account in the editor, unless it shows already (a refreshed list chooses it again). */
    public void choose(AccountRow row) {
        if (row != null && !Objects.equals(editor.editingId(), row.id())) {
            editor.edit(row.id());
        }
    }

    public void newAccount() {
        editor.startNew();
    }

    private void refresh() {
        TeamSnapshot snapshot = team.get();
        Agent me = self.get();
        if (me == null) {
            rows.clear();
            return;
        }
        List<AccountRow> visible = snapshot.agents().values().stream()
                .filter(agent -> me.role() == Role.ADMIN || agent.id() == me.id() || agent.groupIds().stream().anyMatch(me.groupIds()::contains))
                .map(agent -> AccountRow.of(agent, String.join(", ", snapshot.groupNames(agent))))
                .toList();
        if (!visible.equals(rows)) {
            rows.setAll(visible);
        }
    }
}
