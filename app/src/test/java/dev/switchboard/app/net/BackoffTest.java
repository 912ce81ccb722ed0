package dev.switchboard.app.net;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void doublesFromOneSecondUpToThirtyWithoutJitter() {
        Backoff backoff = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, () -> 0.0);

        assertThat(IntStream.range(0, 8).mapToObj(backoff::delay).map(Duration::toSeconds))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
        assertThat(backoff.delay(500)).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void jitterTakesOffAtMostItsShareAndNeverExceedsTheCap() {
        Backoff longest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, () -> 0.0);
        Backoff shortest = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 0.2, () -> 0.999_999);

        assertThat(shortest.delay(0)).isEqualTo(Duration.ofMillis(800));
        assertThat(shortest.delay(3)).isEqualTo(Duration.ofMillis(6400));
        assertThat(shortest.delay(10)).isEqualTo(Duration.ofMillis(24_000));
        for (int failures = 0; failures < 12; failures++) {
            assertThat(longest.delay(failures)).isLessThanOrEqualTo(Duration.ofSeconds(30));
        }
    }
}
