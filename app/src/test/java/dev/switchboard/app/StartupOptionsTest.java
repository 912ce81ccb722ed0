package dev.switchboard.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class StartupOptionsTest {

    private static Properties system() {
        Properties properties = new Properties();
        properties.setProperty("os.name", "Linux");
        properties.setProperty("user.home", "/home/li");
        return properties;
    }

    @Test
    void readsServerUserAndThePasswordFromTheEnvironmentOnly() {
        StartupOptions options = StartupOptions.parse(List.of("--server", "http://sb:8080", "--user=alice"),
                Map.of("SWITCHBOARD_PASSWORD", "secret"), system());

        assertThat(options.server()).contains("http://sb:8080");
        assertThat(options.login()).contains("alice");
        assertThat(options.password()).contains("secret");
        assertThat(options.dataHome()).isEqualTo(Path.of("/home/li/.local/share/switchboard"));
        assertThat(options.trayEnabled()).isTrue();
        assertThat(options.toString()).doesNotContain("secret");
    }

    @Test
    void theTrayCanBeSwitchedOff() {
        Properties properties = system();
        properties.setProperty("switchboard.tray", "off");

        assertThat(StartupOptions.parse(List.of(), Map.of(), properties).trayEnabled()).isFalse();
    }

    @Test
    void refusesWhatItDoesNotKnow() {
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--password", "x"), Map.of(), system()))
                .hasMessageContaining("--password");
        assertThatThrownBy(() -> StartupOptions.parse(List.of("--server"), Map.of(), system()))
                .hasMessageContaining("needs a value");
    }
}
