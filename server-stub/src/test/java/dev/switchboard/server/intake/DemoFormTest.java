package dev.switchboard.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The demo's form {@code /forms/support} is there with its fields, takes a submission, and is seeded once across restarts. */
class DemoFormTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().with(config -> config.withDemoSettings(true));

    @Test
    void theDemoHasASupportFormThatMakesTickets() {
        JsonNode form = backend.api().get("/api/v1/forms/support", null).json();
        assertThat(form.path("fields").findValuesAsText("key")).containsExactly("product", "order_number", "purchase_date");
        assertThat(backend.api().get("/forms/support", null).status()).isEqualTo(200);
        ApiResponse sent = backend.api().post("/api/v1/forms/support/submissions", null, Map.of("email", "demo@example.com",
                "subject", "Which filter?", "customFields", Map.of("product", "Aurora A3")));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);

        backend.restart();
        assertThat(backend.api().get("/api/v1/web-forms", backend.token("admin")).json()).hasSize(1);
    }
}
