package dev.switchboard.app.chat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.session.Session;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The emoji each account picked last, in the local cache, newest first: the emoji picker's
 * "Recently used" survives a restart. Kept per account, so colleagues sharing a machine keep their own.
 */
public final class RecentEmojiStore {

    private final CacheDatabase db;

    public RecentEmojiStore(CacheDatabase db) {
        this.db = db;
    }

    /** The key of an account: the same login on another server is another account. */
    public static String account(Session session) {
        return session.server() + " " + session.agent().id();
    }

    public CompletableFuture<List<String>> load(String account) {
        return db.transaction(handle -> handle.createQuery("SELECT emoji FROM recent_emoji WHERE account = :account ORDER BY position")
                .bind("account", account).mapTo(String.class).list());
    }

    /** Replaces the account's list; writes run in the order they were asked for, so the last one wins. */
    public CompletableFuture<Void> save(String account, List<String> newestFirst) {
        List<String> emoji = List.copyOf(newestFirst);
        return db.transaction(handle -> {
            handle.createUpdate("DELETE FROM recent_emoji WHERE account = :account").bind("account", account).execute();
            PreparedBatch insert = handle.prepareBatch("INSERT INTO recent_emoji (account, position, emoji) VALUES (:account, :position, :emoji)");
            for (int i = 0; i < emoji.size(); i++) {
                insert.bind("account", account).bind("position", i).bind("emoji", emoji.get(i)).add();
            }
            if (!emoji.isEmpty()) {
                insert.execute();
            }
            return null;
        });
    }
}
