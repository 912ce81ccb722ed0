package dev.switchboard.app.admin;

import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.sync.Change;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The change log's changes of one entity an administration section shows but the workstation does
 * not keep (routing rules, blocks, ...): each batch rings the open section, which reads the list
 * again from the backend. The section reads the list whenever it opens, so nothing needs caching,
 * and another admin's change shows at once. A feature keeps one per session, joined in
 * {@code joinSession} with {@code session.sync(...)} and offered to its window under a subclass
 * of its own (the scope is keyed by class).
 */
public class EntityChanges implements SyncedEntities {

    private final String entity;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public EntityChanges(String entity) {
        this.entity = entity;
    }

    @Override
    public String entity() {
        return entity;
    }

    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        listeners.forEach(Runnable::run);
        return CompletableFuture.completedFuture(null);
    }

    /** Runs {@code listener} (on the sync thread: hand the work to the FX thread) after each batch; answers how to stop. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
