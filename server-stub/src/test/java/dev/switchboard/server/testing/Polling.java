package dev.switchboard.server.testing;

import java.time.Duration;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * Awaitility as the backend tests poll: first at once, then every 20 ms, in the test's own thread
 * (Playwright's objects belong to the thread that made them), for at most {@link SocketClient#WAIT}
 * unless the test says otherwise with {@code atMost}.
 */
public final class Polling {

    private Polling() {
    }

    /** Waits for a condition named {@code what}, which a time-out names. */
    public static ConditionFactory await(String what) {
        return Awaitility.await(what).pollInSameThread().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20))
                .atMost(SocketClient.WAIT);
    }
}
