package dev.switchboard.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.server.chat.UploadLimits;
import dev.switchboard.server.infra.AddressLimits;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

    @Test
    void defaultsArePort8080AndDataFolderWithEmbeddedH2() {
        ServerConfig config = CommandLine.parse(new String[0], Map.of());
        assertThat(config.port()).isEqualTo(8080);
        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.jdbcUrl()).isEmpty();
        assertThat(config.demo()).isFalse();
    }

    @Test
    void environmentSetsDefaultsAndArgumentsOverrideThem() {
        Map<String, String> env = Map.of("SWITCHBOARD_PORT", "9000", "SWITCHBOARD_DATA", "/srv/sb",
                "SWITCHBOARD_DB", "jdbc:postgresql://db/sb", "SWITCHBOARD_ADMIN_PASSWORD", "first-admin-pass");
        ServerConfig fromEnv = CommandLine.parse(new String[0], env);
        assertThat(fromEnv.port()).isEqualTo(9000);
        assertThat(fromEnv.dataDir()).isEqualTo(Path.of("/srv/sb"));
        assertThat(fromEnv.jdbcUrl()).contains("jdbc:postgresql://db/sb");
        assertThat(fromEnv.adminPassword()).contains("first-admin-pass");

        ServerConfig overridden = CommandLine.parse(new String[] {"--port", "0", "--data", "/tmp/x", "--db", "jdbc:h2:mem:x", "--demo"}, env);
        assertThat(overridden.port()).isZero();
        assertThat(overridden.dataDir()).isEqualTo(Path.of("/tmp/x"));
        assertThat(overridden.jdbcUrl()).contains("jdbc:h2:mem:x");
        assertThat(overridden.demo()).isTrue();
    }

    @Test
    void uploadQuotasComeFromTheEnvironmentOrArgumentsAsFilesSlashMegabytes() {
        assertThat(CommandLine.parse(new String[0], Map.of()).uploads()).isEqualTo(UploadLimits.STANDARD);
        ServerConfig fromEnv = CommandLine.parse(new String[0], Map.of("SWITCHBOARD_CHAT_UPLOADS", "30/100", "SWITCHBOARD_VISITOR_UPLOADS", "5/20"));
        assertThat(fromEnv.uploads()).isEqualTo(new UploadLimits(30, 100L * 1024 * 1024, 5, 20L * 1024 * 1024));
        ServerConfig overridden = CommandLine.parse(new String[] {"--visitor-uploads", "10/40"}, Map.of("SWITCHBOARD_VISITOR_UPLOADS", "5/20"));
        assertThat(overridden.uploads()).isEqualTo(UploadLimits.STANDARD.withVisitor(10, 40L * 1024 * 1024));
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--chat-uploads", "50"}, Map.of())).hasMessageContaining("FILES/MB");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--chat-uploads", "0/10"}, Map.of())).hasMessageContaining("FILES/MB");
    }

    @Test
    void mistakesAreExplained() {
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "http"}, Map.of())).hasMessageContaining("port must be");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port"}, Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--verbose"}, Map.of())).hasMessageContaining("usage");
        assertThatThrownBy(() -> CommandLine.parse(new String[0], Map.of("SWITCHBOARD_PORT", "70000"))).hasMessageContaining("port must be");
    }

    @Test
    void trustedProxiesAndLimitsPerAddressComeFromTheEnvironmentOrArguments() {
        ServerConfig defaults = CommandLine.parse(new String[0], Map.of());
        assertThat(defaults.trustedProxies().isEmpty()).as("nobody is trusted by default").isTrue();
        assertThat(defaults.addressLimits()).isEqualTo(AddressLimits.DEFAULT);

        Map<String, String> env = Map.of("SWITCHBOARD_TRUSTED_PROXIES", "10.0.0.0/8", "SWITCHBOARD_WAITING_CHATS_PER_ADDRESS", "5");
        ServerConfig config = CommandLine.parse(new String[] {"--trusted-proxies", "127.0.0.1,::1", "--chat-starts-per-address", "0",
                "--visitor-sockets-per-address", "300"}, env);
        assertThat(config.trustedProxies().toString()).isEqualTo("127.0.0.1,::1");
        assertThat(config.addressLimits()).isEqualTo(new AddressLimits(300, 0, 5));

        assertThat(CommandLine.launch(new String[] {"--simulate", "500"}, Map.of()).config().addressLimits().visitorSockets())
                .as("the simulated visitors all come from this machine").isEqualTo(1000);
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--trusted-proxies", "proxy.lan"}, Map.of())).hasMessageContaining("proxy.lan");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--waiting-chats-per-address", "-1"}, Map.of()))
                .hasMessageContaining("--waiting-chats-per-address takes a number");
    }

    @Test
    void helpListsEveryOptionWithItsEnvironmentVariable() {
        assertThat(CommandLine.asksForHelp(new String[] {"--help"})).isTrue();
        assertThat(CommandLine.asksForHelp(new String[] {"--port", "0", "-h"})).isTrue();
        assertThat(CommandLine.asksForHelp(new String[] {"--port", "0"})).isFalse();
        assertThat(CommandLine.asksForHelp(new String[] {"--verbose", "--help"})).as("asking for help wins over a mistake").isTrue();
        assertThat(CommandLine.usage()).startsWith("usage: java -jar switchboard-server.jar").contains(
                "--port N", "--data DIR", "--db JDBC-URL", "--demo", "--simulate VISITORS", "--geoip FILE", "--chat-uploads FILES/MB",
                "--visitor-uploads FILES/MB", "--trusted-proxies LIST", "--visitor-sockets-per-address N", "--chat-starts-per-address N",
                "--waiting-chats-per-address N", "SWITCHBOARD_PORT", "SWITCHBOARD_DATA", "SWITCHBOARD_DB", "SWITCHBOARD_GEOIP",
                "SWITCHBOARD_CHAT_UPLOADS", "SWITCHBOARD_VISITOR_UPLOADS", "SWITCHBOARD_TRUSTED_PROXIES",
                "SWITCHBOARD_VISITOR_SOCKETS_PER_ADDRESS", "SWITCHBOARD_CHAT_STARTS_PER_ADDRESS", "SWITCHBOARD_WAITING_CHATS_PER_ADDRESS",
                "SWITCHBOARD_ADMIN_PASSWORD");
        assertThatThrownBy(() -> CommandLine.parse(new String[] {"--verbose"}, Map.of())).hasMessageContaining("usage: java -jar switchboard-server.jar").hasMessageContaining("--help lists the options");
    }
}
