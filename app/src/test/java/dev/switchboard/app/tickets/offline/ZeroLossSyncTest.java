package dev.switchboard.app.tickets.offline;

import dev.switchboard.server.testing.PostgresqlDatabase;
import java.nio.file.Path;
import java.util.Optional;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sync under faults, the zero-loss proof (issue 13): three agents' workstations — the product's
 * offline cache, outbox, pusher and change-log keepers, each on its own H2 file — make a couple of
 * thousand random edits to the same few tickets and fields, going offline and online, while the
 * backend is killed with SIGKILL (idle and mid-push) and restarted, and a workstation dies
 * mid-push. Then every replica equals the backend, every edit is there or was reported to its
 * agent, and no ticket, reply or note exists twice ({@link ZeroLossChecks}).
 *
 * <p>The run is seeded: a failure names its seed; {@code -Dzeroloss.seed=N} replays it (the order
 * of edits and faults is the seed's; only where a kill lands inside a push depends on timing).
 * {@code -Dzeroloss.edits=N} runs longer.
 */
class ZeroLossSyncTest {

    private static final int EDITS = Integer.getInteger("zeroloss.edits", 1500);

    @TempDir
    Path dir;

    @Test
    void nothingIsLostOnH2() throws Exception {
        run(Optional.empty());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = PostgresqlDatabase.SERVER_VARIABLE, matches = "jdbc:postgresql:.+")
    void nothingIsLostOnPostgresql() throws Exception {
        try (PostgresqlDatabase database = PostgresqlDatabase.create()) {
            run(Optional.of(database.url()));
        }
    }

    private void run(Optional<String> database) throws Exception {
        long seed = Long.getLong("zeroloss.seed", System.nanoTime());
        try (KillableBackend backend = new KillableBackend(dir.resolve("backend"), database);
             ZeroLossRun run = new ZeroLossRun(seed, backend, dir.resolve("workstations"))) {
            SoftAssertions softly = new SoftAssertions();
            try {
                long start = System.nanoTime();
                run.run(EDITS);
                long ran = System.nanoTime();
                run.settle();
                long settled = System.nanoTime();
                new ZeroLossChecks(backend, run.ledger(), run.clients()).verify(softly);
                System.out.printf("zero-loss run, seed %d, %d edits: %d ms of edits and faults %s, %d ms to settle, %d ms of checks%n", seed,
                        EDITS, (ran - start) / 1_000_000, run.millis(), (settled - ran) / 1_000_000, (System.nanoTime() - settled) / 1_000_000);
            } catch (Exception | AssertionError failure) {
                throw new AssertionError("zero-loss run failed; replay with -Dzeroloss.seed=" + seed, failure);
            }
            if (!softly.errorsCollected().isEmpty()) {
                throw new AssertionError("zero-loss run with seed " + seed + " (replay with -Dzeroloss.seed=" + seed + ") broke "
                        + softly.errorsCollected().size() + " claims:\n" + softly.errorsCollected().stream().limit(30)
                        .map(Throwable::getMessage).reduce((a, b) -> a + "\n" + b).orElse(""));
            }
        }
    }
}
