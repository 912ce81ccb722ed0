package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.testing.ManualScheduler;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is being typed is kept in the cache while typed, found again when the cache is opened again, and gone once sent. */
class DraftsTest {

    private static final String ACCOUNT = "http://sb.test|7";

    @TempDir
    Path home;

    @Test
    void aDraftSurvivesARestartAndIsGoneOnceEmptied() {
        ManualScheduler scheduler = new ManualScheduler();
        CacheDatabase first = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        Drafts drafts = new Drafts(first, ACCOUNT, Clock.systemUTC(), scheduler);
        drafts.load().join();
        drafts.typed(Drafts.replyKey(42), "您好，");
        drafts.typed(Drafts.replyKey(42), "您好，退款已在处理中");
        drafts.typed(Drafts.NEW_TICKET, "{\"subject\":\"打印机\"}");
        assertThat(scheduler.delays()).as("one flush for a burst of typing, within a second").containsExactly(Drafts.FLUSH_AFTER);
        scheduler.runNext();
        drafts.flush().join();
        first.close();

        CacheDatabase second = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        Drafts again = new Drafts(second, ACCOUNT, Clock.systemUTC(), scheduler);
        again.load().join();
        assertThat(again.text(Drafts.replyKey(42))).isEqualTo("您好，退款已在处理中");
        assertThat(again.text(Drafts.NEW_TICKET)).isEqualTo("{\"subject\":\"打印机\"}");
        assertThat(new Drafts(second, "http://sb.test|8", Clock.systemUTC(), scheduler).load().thenApply(ignored -> "read").join())
                .isEqualTo("read");

        again.typed(Drafts.replyKey(42), "");
        again.flush().join();
        second.close();
        CacheDatabase third = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        try {
            Drafts last = new Drafts(third, ACCOUNT, Clock.systemUTC(), scheduler);
            last.load().join();
            assertThat(last.text(Drafts.replyKey(42))).as("emptied: gone").isEmpty();
            assertThat(last.text(Drafts.NEW_TICKET)).isNotEmpty();
        } finally {
            third.close();
        }
    }

    @Test
    void anotherAccountDoesNotSeeTheDrafts() {
        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        try {
            Drafts alice = new Drafts(cache, ACCOUNT, Clock.systemUTC(), new ManualScheduler());
            alice.typed(Drafts.replyKey(1), "alice's text");
            alice.flush().join();
            Drafts bob = new Drafts(cache, "http://sb.test|8", Clock.systemUTC(), new ManualScheduler());
            bob.load().join();
            assertThat(bob.text(Drafts.replyKey(1))).isEmpty();
        } finally {
            cache.close();
        }
    }
}
