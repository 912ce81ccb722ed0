package dev.switchboard.app.team;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The team as the UI sees it: the newest snapshot, replaced whole on the FX thread. View models
 * listen to it while they are active.
 */
public final class TeamState {

    private final ReadOnlyObjectWrapper<TeamSnapshot> snapshot = new ReadOnlyObjectWrapper<>(TeamSnapshot.EMPTY);

    public ReadOnlyObjectProperty<TeamSnapshot> snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public TeamSnapshot snapshot() {
        return snapshot.get();
    }

    /** FX thread only. */
    public void publish(TeamSnapshot newSnapshot) {
        snapshot.set(newSnapshot);
    }
}
