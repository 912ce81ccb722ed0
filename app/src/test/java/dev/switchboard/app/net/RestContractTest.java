package dev.switchboard.app.net;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.switchboard.app.login.LoginError;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.server.ServerConfig;
import dev.switchboard.server.SwitchboardServer;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.problem.ProblemType;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The REST answers the login window depends on, from the real backend (docs/protocol.md). */
class RestContractTest {

    private final ApiClient api = new ApiClient();

    @Test
    void healthWrongPasswordAndThrottlingAsDocumented(@TempDir Path data) {
        // Its own backend: throttling also counts failures per address, which would lock out other tests.
        try (SwitchboardServer server = SwitchboardServer.start(ServerConfig.forTests(data))) {
            ServerUrl url = ServerUrl.parse(server.baseUrl());

            assertThat(api.checkCompatible(url).protocol()).isEqualTo(ProtocolVersion.PROTOCOL);

            for (int attempt = 1; attempt <= 10; attempt++) {
                assertThatThrownBy(() -> api.login(url, new LoginRequest("bob", "wrong-password")))
                        .isInstanceOfSatisfying(ProblemException.class,
                                refused -> assertThat(refused.is(ProblemType.BAD_CREDENTIALS)).isTrue());
            }
            Throwable throttled = catchThrowable(
                    () -> api.login(url, new LoginRequest("bob", "switchboard")));

            assertThat(throttled).isInstanceOfSatisfying(ProblemException.class, problem -> {
                assertThat(problem.is(ProblemType.TOO_MANY_ATTEMPTS)).isTrue();
                assertThat(problem.retryAfter()).hasValueSatisfying(wait ->
                        assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(15)));
            });
            assertThat(LoginError.from(throttled, url.toString()).message(new I18n(Locale.ENGLISH)))
                    .matches("Too many failed attempts\\. Try again in 1[45] minutes\\.");
        } finally {
            api.close();
        }
    }
}
