package dev.switchboard.server.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.infra.AdjustableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final AdjustableClock clock = new AdjustableClock(Instant.parse("2026-11-02T08:00:00Z"));
    final LoginThrottle throttle = LoginThrottle.standard(clock);

    @Test
    void aGuessedAccountIsCooledOffFromEveryAddress() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("alice", "10.0.0." + i);
        }
        assertThat(throttle.blockedFor("alice", "192.0.2.1")).contains(Duration.ofMinutes(15));
        assertThat(throttle.blockedFor("bob", "192.0.2.1")).isEmpty();
    }

    @Test
    void anAddressTryingManyAccountsIsCooledOffForAllOfThem() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("user" + i, "203.0.113.9");
        }
        assertThat(throttle.blockedFor("carol", "203.0.113.9")).isPresent();
        assertThat(throttle.blockedFor("carol", "203.0.113.10")).isEmpty();
    }

    @Test
    void theCoolingOffEndsAndASuccessClearsTheAccountsCount() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("alice", "198.51.100." + i);
        }
        clock.advance(Duration.ofMinutes(14));
        assertThat(throttle.blockedFor("alice", "198.51.100.99")).contains(Duration.ofMinutes(1));
        clock.advance(Duration.ofMinutes(1));
        assertThat(throttle.blockedFor("alice", "198.51.100.99")).isEmpty();

        for (int i = 0; i < 9; i++) {
            throttle.recordFailure("alice", "198.51.100." + (20 + i));
        }
        throttle.recordSuccess("alice");
        throttle.recordFailure("alice", "198.51.100.40");
        assertThat(throttle.blockedFor("alice", "198.51.100.41")).isEmpty();
    }

    @Test
    void aFloodOfNamesAndAddressesStaysWithinTheBoundAndIsForgottenAfterTheWindow() {
        for (int i = 0; i < 60_000; i++) {
            throttle.recordFailure("user" + i, "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255));
        }
        // none reached ten failures: all are counts, of which at most MAX_KEYS are kept
        assertThat(throttle.trackedKeys()).as("names and addresses tracked").isLessThanOrEqualTo(LoginThrottle.MAX_KEYS);

        clock.advance(Duration.ofMinutes(15));
        assertThat(throttle.trackedKeys()).as("nothing is kept once it can no longer matter").isZero();
    }

    @Test
    void theBoundKeepsAnAccountUnderAttackCooledOff() {
        LoginThrottle small = new LoginThrottle(clock, 10, Duration.ofMinutes(15), Duration.ofMinutes(15), 1_000);
        for (int i = 0; i < 10; i++) {
            small.recordFailure("alice", "198.51.100.1");
        }
        for (int i = 0; i < 5_000; i++) {
            small.recordFailure("user" + i, "10.0." + (i >> 8 & 255) + "." + (i & 255));
        }
        assertThat(small.trackedKeys()).isLessThanOrEqualTo(2_000);
        clock.advance(Duration.ofMinutes(10));
        assertThat(small.blockedFor("alice", "192.0.2.1")).contains(Duration.ofMinutes(5));
    }
}
