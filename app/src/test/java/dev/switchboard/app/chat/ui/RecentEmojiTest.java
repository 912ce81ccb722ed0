package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.chat.ChatStore;
import dev.switchboard.app.chat.RecentEmojiStore;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The emoji picker's recently used, kept per account in the workstation's cache across restarts. */
class RecentEmojiTest {

    private static final String ALICE = "http://localhost:8080 2";
    private static final String BOB = "http://localhost:8080 3";

    @TempDir
    Path home;

    @Test
    void theRecentlyUsedAreNewestFirstWithoutRepeatsAndLimited() {
        withCache(cache -> {
            RecentEmoji recent = loaded(cache, ALICE);
            recent.use("😀");
            recent.use("👍");
            recent.use("😀");
            assertThat(recent.list()).containsExactly("😀", "👍");
            EmojiCatalog.standard().search("").stream().limit(RecentEmoji.KEPT + 5).forEach(emoji -> recent.use(emoji.symbol()));
            assertThat(recent.list()).hasSize(RecentEmoji.KEPT);
        });
    }

    @Test
    void theRecentlyUsedComeBackAfterARestartForTheirAccountOnly() {
        withCache(cache -> {
            RecentEmoji alice = loaded(cache, ALICE);
            alice.use("🙏");
            alice.use("👍");
            alice.use("🙏");
            loaded(cache, BOB).use("😢");
        });

        // the workstation starts again on the same cache file
        withCache(cache -> {
            assertThat(loaded(cache, ALICE).list()).containsExactly("🙏", "👍");
            assertThat(loaded(cache, BOB).list()).containsExactly("😢");
            assertThat(loaded(cache, "http://other.example 2").list()).as("the same id on another server is another account").isEmpty();
        });
    }

    @Test
    void anEmojiUsedBeforeTheListIsReadStaysInFrontOfIt() {
        withCache(cache -> loaded(cache, ALICE).use("👍"));
        withCache(cache -> {
            RecentEmoji recent = new RecentEmoji(new RecentEmojiStore(cache), ALICE, Runnable::run);
            recent.use("🎉");
            recent.load().join();
            assertThat(recent.list()).containsExactly("🎉", "👍");
        });
    }

    private static RecentEmoji loaded(CacheDatabase cache, String account) {
        RecentEmoji recent = new RecentEmoji(new RecentEmojiStore(cache), account, Runnable::run);
        recent.load().join();
        return recent;
    }

    /** Opens the cache of {@code home}, runs {@code work}, and closes it after the writes queued by then. */
    private void withCache(Consumer<CacheDatabase> work) {
        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(), ChatStore.MIGRATIONS);
        try {
            cache.opened().join();
            work.accept(cache);
        } finally {
            cache.close();
        }
    }
}
