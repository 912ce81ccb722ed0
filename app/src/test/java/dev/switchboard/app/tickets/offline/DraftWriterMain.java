package dev.switchboard.app.tickets.offline;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.testing.ManualScheduler;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Run in a JVM of its own by {@link DraftSurvivesKillTest}: types a draft into the cache under
 * {@code args[0]}, says so once the flush is committed, and waits to be killed.
 */
public final class DraftWriterMain {

    private DraftWriterMain() {
    }

    public static void main(String[] args) throws Exception {
        CacheDatabase cache = CacheDatabase.open(Path.of(args[0]), Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        Drafts drafts = new Drafts(cache, "http://sb.test|7", Clock.systemUTC(), new ManualScheduler());
        drafts.typed(Drafts.replyKey(42), args[1]);
        drafts.flush().join();
        System.out.println("flushed");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
