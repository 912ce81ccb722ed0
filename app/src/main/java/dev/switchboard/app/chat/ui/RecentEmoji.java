package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.RecentEmojiStore;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The emoji an agent used last, newest first, shared by the pickers of one chats page and kept in
 * the local cache for the account, so that a restart does not lose them. FX thread.
 */
public final class RecentEmoji {

    private static final Logger LOG = LoggerFactory.getLogger(RecentEmoji.class);
    static final int KEPT = 24;

    private final RecentEmojiStore store;
    private final String account;
    private final Executor fx;
    private final List<String> used = new ArrayList<>();
    /** Until the stored list is read, a write would replace it: what is used meanwhile is written with it. */
    private boolean loaded;

    /**
     * @param account the account's key ({@link RecentEmojiStore#account})
     * @param fx      where the list read from the cache is taken in
     */
    public RecentEmoji(RecentEmojiStore store, String account, Executor fx) {
        this.store = store;
        this.account = account;
        this.fx = fx;
    }

    /** Reads the account's list from the cache; emoji used before it arrives stay in front of it. */
    public CompletableFuture<Void> load() {
        return store.load(account).handleAsync((stored, error) -> {
            if (error != null) {
                // the list starts empty; what is used from now on is written as usual
                LOG.warn("Could not read the recently used emoji", error);
            }
            List<String> usedMeanwhile = List.copyOf(used);
            used.clear();
            used.addAll(error == null ? stored : List.of());
            for (int i = usedMeanwhile.size() - 1; i >= 0; i--) {
                remember(usedMeanwhile.get(i));
            }
            loaded = true;
            if (!usedMeanwhile.isEmpty()) {
                save();
            }
            return null;
        }, fx);
    }

    void use(String emoji) {
        remember(emoji);
        if (loaded) {
            save();
        }
    }

    private void save() {
        store.save(account, used).exceptionally(error -> {
            LOG.warn("Could not keep the recently used emoji", error);
            return null;
        });
    }

    List<String> list() {
        return List.copyOf(used);
    }

    private void remember(String emoji) {
        used.remove(emoji);
        used.add(0, emoji);
        while (used.size() > KEPT) {
            used.remove(KEPT);
        }
    }
}
