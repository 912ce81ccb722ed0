package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.TrustedProxies;
import dev.switchboard.server.testing.Backend;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * One address opening page after page (the flood opened 300, each a new identity) is cut at the
 * default limit, while visitors of other addresses still come in; a closed page makes room again.
 */
class SocketsPerAddressTest {

    static final String FLOOD = "203.0.113.66";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest()
            .with(config -> config.withTrustedProxies(TrustedProxies.parse("127.0.0.1, ::1")));

    @Test
    void theSocketsOfOneAddressAreCappedAndOtherAddressesStillGetIn() {
        int limit = AddressLimits.DEFAULT.visitorSockets();
        List<VisitorClient> flood = new ArrayList<>();
        try {
            for (int i = 0; i < limit; i++) {
                flood.add(VisitorClient.arriveFrom(backend, FLOOD));
            }
            try (VisitorClient refused = VisitorClient.openFrom(backend, FLOOD)) {
                assertThat(refused.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_TOO_MANY);
            }
            try (VisitorClient customer = VisitorClient.arriveFrom(backend, "198.51.100.7")) {
                assertThat(customer.visitorId()).isNotBlank();
            }

            flood.remove(0).close();
            awaitOpenPages(backend, limit - 1);
            flood.add(VisitorClient.arriveFrom(backend, FLOOD));
            assertThat(backend.server().openVisitorPages()).isEqualTo(limit);
        } finally {
            flood.forEach(VisitorClient::close);
        }
    }

    private static void awaitOpenPages(Backend backend, int pages) {
        Polling.await("open pages become " + pages).atMost(Duration.ofSeconds(10)).until(() -> backend.server().openVisitorPages() == pages);
    }
}
