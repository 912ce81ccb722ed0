package dev.switchboard.app.cache;

import java.util.concurrent.CompletableFuture;

/** Cached data that belongs to one account on one server, forgotten when another signs in on this machine. */
public interface AccountCache {

    CompletableFuture<Void> clear();
}
