package dev.switchboard.server.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Where simulated visitors come from. */
class ShopModelTest {

    @Test
    void fewSimulatedVisitorsAreVipsAsOnARealShop() {
        Random random = new Random(11);
        long vips = IntStream.range(0, 20_000).mapToObj(i -> ShopModel.arrival(random))
                .filter(arrival -> (arrival.landingQuery() + arrival.landing().path()).toLowerCase(Locale.ROOT).contains("vip"))
                .count();

        assertThat(vips / 20_000.0).as("the share the workstation's default VIP marker finds").isBetween(0.005, 0.015);
    }
}
