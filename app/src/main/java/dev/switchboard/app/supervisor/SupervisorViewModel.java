package dev.switchboard.app.supervisor;

import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamState;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.List;
import javafx.beans.binding.StringBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The live team table of supervisors: one row per agent, updated in place from each synced
 * snapshot, so the selection and scroll position survive updates.
 */
public final class SupervisorViewModel {

    private final TeamState team;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    private final ObservableList<AgentRow> rows = FXCollections.observableArrayList();
    private final StringBinding summary;

    public SupervisorViewModel(TeamState team, I18n i18n) {
        this.team = team;
        this.i18n = i18n;
        this.summary = i18n.text(this::summarize, rows);
    }

    public void activate() {
        disposer.observe(team.snapshotProperty(), this::showTeam);
    }

    public void deactivate() {
        disposer.dispose();
    }

    public ObservableList<AgentRow> rows() {
        return rows;
    }

    /** "4 agents · 2 online · 1 busy · 0 away". */
    public StringBinding summary() {
        return summary;
    }

    public String statusText(AgentStatus status) {
        return i18n.get("status." + status.name());
    }

    public String roleText(AgentRow row) {
        return i18n.get("role." + row.role().name());
    }

    public I18n i18n() {
        return i18n;
    }

    private void showTeam(TeamSnapshot snapshot) {
        List<AgentRow> fresh = snapshot.agents().values().stream()
                .map(agent -> AgentRow.of(agent, snapshot.groupNames(agent)))
                .toList();
        reconcile(fresh);
    }

    /** Replaces only the rows that changed, keeping the rest (and the table's selection) untouched. */
    private void reconcile(List<AgentRow> fresh) {
        for (int i = 0; i < fresh.size(); i++) {
            if (i >= rows.size()) {
                rows.addAll(fresh.subList(i, fresh.size()));
                break;
            }
            if (!rows.get(i).equals(fresh.get(i))) {
                rows.set(i, fresh.get(i));
            }
        }
        if (rows.size() > fresh.size()) {
            rows.remove(fresh.size(), rows.size());
        }
    }

    private String summarize() {
        return i18n.get("supervisor.summary", rows.size(), count(AgentStatus.ONLINE), count(AgentStatus.BUSY),
                count(AgentStatus.AWAY));
    }

    private long count(AgentStatus status) {
        return rows.stream().filter(row -> row.status() == status).count();
    }
}
