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
}
