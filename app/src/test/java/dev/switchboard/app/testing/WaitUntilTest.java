package dev.switchboard.app.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * {@link WorkstationDriver#waitUntil} asks again while its condition fails: a control looked up
 * before the page built it (an {@code onFx} lookup answers with an {@link AssertionError}) is "not
 * yet", not a failed test. TicketsOfflineUiTest failed in CI this way, right after selecting a
 * ticket whose detail was still being built.
 */
class WaitUntilTest {

    @Test
    void aConditionThatFailsBeforeItHoldsIsAskedAgain() {
        AtomicInteger asked = new AtomicInteger();
        WorkstationDriver.waitUntil("the control built", () -> {
            if (asked.incrementAndGet() < 3) {
                throw new AssertionError("FX work failed: no node matches #ticketReply yet");
            }
            return true;
        });
        assertThat(asked).hasValue(3);
    }

    @Test
    void aConditionThatThrowsAnExceptionIsAskedAgainToo() {
        AtomicInteger asked = new AtomicInteger();
        WorkstationDriver.waitUntil("the list filled", () -> {
            if (asked.incrementAndGet() < 2) {
                throw new IllegalStateException("not loaded");
            }
            return true;
        });
        assertThat(asked).hasValue(2);
    }
}
