package dev.switchboard.app.tickets.offline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.testing.ManualScheduler;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Text being typed survives kill -9 of the workstation": a workstation JVM writes a draft and is
 * killed (SIGKILL) right after the write committed, with no chance to close the cache; the draft is
 * in the cache when it is opened again. H2 writes commits out half a second later by default, which
 * this would lose; V60 sets that delay to zero.
 */
class DraftSurvivesKillTest {

    @TempDir
    Path home;

    @Test
    void aDraftCommittedJustBeforeAKillIsThereAfterwards() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process writer = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), DraftWriterMain.class.getName(),
                home.toString(), "被杀之前输入的文字 typed before the kill").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(writer.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("flushed"));
            assertThat(line).as("the writer flushed").isEqualTo("flushed");
            writer.destroyForcibly(); // SIGKILL on Linux and macOS: no shutdown hooks, no close
            assertThat(writer.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            writer.destroyForcibly();
        }

        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(), OfflineTicketCache.MIGRATIONS);
        try {
            Drafts drafts = new Drafts(cache, "http://sb.test|7", Clock.systemUTC(), new ManualScheduler());
            drafts.load().join();
            assertThat(drafts.text(Drafts.replyKey(42))).isEqualTo("被杀之前输入的文字 typed before the kill");
        } finally {
            cache.close();
        }
    }
}
