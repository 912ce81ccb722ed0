package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.RawHttp;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every answer says to the browser about sniffing, framing, referrers and what a page may load. */
class SecurityHeadersTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perClass();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/health", "/api/v1/no-such-thing", "/api/v1/agents", "/widget.js", "/nothing-here"})
    void answersThatAreNotPagesMayLoadNothingAndNotBeFramed(String path) {
        ApiResponse response = backend.api().get(path, null);

        assertThat(response.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.headers().get("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'");
        assertThat(response.headers().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.headers().get("Referrer-Policy")).isEqualTo("no-referrer");
    }

    @Test
    void theWidgetScriptStaysLoadableFromAnySite() {
        ApiResponse widget = backend.api().get("/widget.js", null);

        assertThat(widget.status()).isEqualTo(200);
        assertThat(widget.headers().get("Cross-Origin-Resource-Policy")).isEqualTo("cross-origin");
        assertThat(widget.headers().get("Access-Control-Allow-Origin")).isEqualTo("*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/demo/", "/demo/help.html", "/demo/cart.html", "/demo/en.html"})
    void theDemoShopsPagesRunOnlyTheirOwnScriptsAndAreNeverFramed(String path) {
        ApiResponse page = backend.api().get(path, null);

        assertThat(page.status()).isEqualTo(200);
        String policy = page.headers().get("Content-Security-Policy");
        assertThat(policy).contains("script-src 'self'").contains("connect-src 'self'").contains("frame-ancestors 'none'")
                .contains("object-src 'none'").contains("base-uri 'none'").doesNotContain("unsafe-eval");
        assertThat(policy.replaceAll("style-src [^;]*", "")).doesNotContain("unsafe-inline");
        assertThat(page.headers().get("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.headers().get("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(page.headers().get("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.body()).as("no inline script for the policy to block").doesNotContainPattern("<script>|<script [^>]*>[^<]");
    }

    @Test
    void jettysOwnRefusalsCarryTheHeadersToo() throws IOException {
        RawHttp.Response response = RawHttp.exchange(backend.server().port(),
                "GET /api/v1/%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.headers().get("x-frame-options")).isEqualTo("DENY");
        assertThat(response.headers().get("content-security-policy")).contains("frame-ancestors 'none'");
    }
}
