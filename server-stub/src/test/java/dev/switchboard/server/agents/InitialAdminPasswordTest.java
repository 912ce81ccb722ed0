package dev.switchboard.server.agents;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ServerProcess;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The first administrator's generated password stays out of standard output, which operations
 * collect as the log: it goes to a file in the data folder only its owner can read, and the file
 * goes once the password is changed.
 */
class InitialAdminPasswordTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest().startedByTheTest();
    final Path data = backend.dataDir();

    @Test
    void theGeneratedPasswordGoesToAnOwnerOnlyFileNotTheLogAndTheFileGoesOnceItIsChanged() throws Exception {
        Path file = data.resolve("initial-admin-password");
        String password;
        try (ServerProcess first = ServerProcess.start(data)) {
            ApiClient api = new ApiClient("http://localhost:" + first.awaitPort());
            password = first.awaitAdminPassword();

            assertThat(password).hasSizeGreaterThanOrEqualTo(20);
            assertThat(first.output()).as("the log").noneMatch(line -> line.contains(password))
                    .anyMatch(line -> line.contains(file.toAbsolutePath().toString()));
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            }
            String admin = api.token("admin", password);
            long id = api.get("/api/v1/auth/me", admin).json().path("id").asLong();
            assertThat(api.patch("/api/v1/agents/" + id, admin, Map.of("password", "a new password of my own")).status()).isEqualTo(200);
            first.terminate();
        }

        try (ServerProcess second = ServerProcess.start(data)) {
            ApiClient api = new ApiClient("http://localhost:" + second.awaitPort());
            assertThat(file).as("deleted: it no longer holds the password").doesNotExist();
            assertThat(api.login("admin", "a new password of my own").status()).isEqualTo(200);
            assertThat(second.output()).noneMatch(line -> line.contains("First start"));
            second.terminate();
        }
    }

    @Test
    void anUnchangedPasswordKeepsItsFileAcrossRestarts() throws Exception {
        String password;
        try (ServerProcess first = ServerProcess.start(data)) {
            password = first.awaitAdminPassword();
            first.terminate();
        }
        try (ServerProcess second = ServerProcess.start(data)) {
            assertThat(second.awaitAdminPassword()).isEqualTo(password);
            assertThat(new ApiClient("http://localhost:" + second.awaitPort()).login("admin", password).status()).isEqualTo(200);
            second.terminate();
        }
    }
}
