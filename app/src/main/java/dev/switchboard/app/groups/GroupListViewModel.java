package dev.switchboard.app.groups;

import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The groups the signed-in person administers, from the synced team (so a group saved on another
 * workstation shows its new name at once): every group for administrators, their own for
 * supervisors; filtered by what is typed in the search. FX thread.
 */
final class GroupListViewModel {

    /** A group as listed: its name, description and how many agents are in it. */
    record GroupRow(long id, String name, String description, int members) {
    }

    private final ReadOnlyObjectProperty<Agent> self;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final ObservableList<GroupRow> rows = FXCollections.observableArrayList();
    final StringProperty search = new SimpleStringProperty("");

    GroupListViewModel(ReadOnlyObjectProperty<Agent> self, ReadOnlyObjectProperty<TeamSnapshot> team) {
        this.self = self;
        this.team = team;
    }

    ObservableList<GroupRow> rows() {
        return rows;
    }

    boolean mayCreate() {
        return self.get() != null && self.get().role() == Role.ADMIN;
    }

    void refresh() {
        Agent me = self.get();
        TeamSnapshot snapshot = team.get();
        if (me == null || snapshot == null) {
            rows.clear();
            return;
        }
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        List<GroupRow> shown = snapshot.groups().values().stream()
                .filter(group -> me.role() == Role.ADMIN || me.groupIds().contains(group.id()))
                .filter(group -> wanted.isEmpty() || matches(group, wanted))
                .map(group -> new GroupRow(group.id(), group.name(), group.description() == null ? "" : group.description(),
                        (int) snapshot.agents().values().stream().filter(agent -> agent.groupIds().contains(group.id())).count()))
                .toList();
        if (!shown.equals(rows)) {
            rows.setAll(shown);
        }
    }

    private static boolean matches(Group group, String wanted) {
        return group.name().toLowerCase(Locale.ROOT).contains(wanted)
                || (group.description() != null && group.description().toLowerCase(Locale.ROOT).contains(wanted));
    }
}
