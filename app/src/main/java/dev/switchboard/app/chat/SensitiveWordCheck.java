package dev.switchboard.app.chat;

import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordMatcher;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import dev.switchboard.shared.sync.Change;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's sensitive words, read again at every connect and whenever the change log says an
 * administrator changed them (entity {@code sensitive_word}), so that a message that contains one
 * is held with a warning before it is sent rather than refused after. The backend checks too
 * (422 unless confirmed). Matches as the backend does (the shared matcher). Others that show the
 * list (the administration) hear of each change through {@link #onChange}. Thread-safe.
 */
public final class SensitiveWordCheck implements SyncedEntities {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveWordCheck.class);

    private record Current(AgentMode mode, SensitiveWordMatcher matcher) {
    }

    private final Supplier<CompletableFuture<SensitiveWordSettings>> fetch;
    private volatile Current current = new Current(AgentMode.CONFIRM, SensitiveWordMatcher.EMPTY);
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    /** @param fetch reads the list from the backend ({@code GET /api/v1/sensitive-words}) */
    public SensitiveWordCheck(Supplier<CompletableFuture<SensitiveWordSettings>> fetch) {
        this.fetch = fetch;
    }

    /** Reads the list again; the one before stays when the backend cannot be asked. */
    public CompletableFuture<Void> refresh() {
        return fetch.get().thenAccept(settings -> current = new Current(settings.agentMode(), new SensitiveWordMatcher(settings.words())))
                .exceptionally(error -> {
                    LOG.info("Could not read the sensitive words: {}", error.toString());
                    return null;
                });
    }

    /** The sensitive words in {@code text}, in the order they occur. */
    public List<String> find(String text) {
        return current.matcher().find(text);
    }

    @Override
    public String entity() {
        return SensitiveWord.ENTITY;
    }

    /** An administrator changed the words or the mode: the list is read again, and the listeners told. */
    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        refresh();
        listeners.forEach(Runnable::run);
        return CompletableFuture.completedFuture(null);
    }

    /** Runs {@code listener} (on the sync thread) after each change of the words; answers how to stop. */
    public Runnable onChange(Runnable listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    /** Whether an agent may send such a message after the warning, or must edit it. */
    public boolean mayConfirm() {
        return current.mode() == AgentMode.CONFIRM;
    }
}
