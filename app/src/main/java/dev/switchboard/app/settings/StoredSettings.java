package dev.switchboard.app.settings;

import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.settings.AccountSettings;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The account's settings as the change log carries them (ADR 0027): the backend sends a session
 * only its own account's. Only the newest of a batch matters; it is handed to the session's
 * {@link SettingsSync}, which caches what it takes itself (nothing is written with the sync's batch).
 */
final class StoredSettings implements SyncedEntities {

    private final Consumer<AccountSettings> stored;

    StoredSettings(Consumer<AccountSettings> stored) {
        this.stored = stored;
    }

    @Override
    public String entity() {
        return AccountSettings.ENTITY;
    }

    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        changes.stream().filter(change -> change.op() == ChangeOp.UPSERT && change.data() != null)
                .reduce((earlier, later) -> later)
                .map(change -> ProtocolJson.read(change.data(), AccountSettings.class))
                .ifPresent(stored);
        return CompletableFuture.completedFuture(null);
    }
}
