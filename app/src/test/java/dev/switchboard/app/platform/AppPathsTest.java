package dev.switchboard.app.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    private static Properties system(String os, String home) {
        Properties properties = new Properties();
        properties.setProperty("os.name", os);
        properties.setProperty("user.home", home);
        return properties;
    }

    @Test
    void followsEachOperatingSystemsConvention() {
        assertThat(AppPaths.dataHome(Map.of("LOCALAPPDATA", "C:\\Users\\li\\AppData\\Local"), system("Windows 11", "C:\\Users\\li")))
                .isEqualTo(Path.of("C:\\Users\\li\\AppData\\Local").resolve("Switchboard"));
        assertThat(AppPaths.dataHome(Map.of(), system("Mac OS X", "/Users/li")))
                .isEqualTo(Path.of("/Users/li/Library/Application Support/Switchboard"));
        assertThat(AppPaths.dataHome(Map.of("XDG_DATA_HOME", "/data/li"), system("Linux", "/home/li")))
                .isEqualTo(Path.of("/data/li/switchboard"));
        assertThat(AppPaths.dataHome(Map.of(), system("Linux", "/home/li")))
                .isEqualTo(Path.of("/home/li/.local/share/switchboard"));
    }

    @Test
    void aRelativeXdgDataHomeIsIgnoredAsTheSpecificationSays() {
        assertThat(AppPaths.dataHome(Map.of("XDG_DATA_HOME", "relative/dir"), system("Linux", "/home/li")))
                .isEqualTo(Path.of("/home/li/.local/share/switchboard"));
    }

    @Test
    void thePropertyOverridesTheEnvironmentWhichOverridesTheConvention() {
        Properties properties = system("Linux", "/home/li");
        assertThat(AppPaths.dataHome(Map.of("SWITCHBOARD_HOME", "/tmp/env-home"), properties))
                .isEqualTo(Path.of("/tmp/env-home"));
        properties.setProperty("switchboard.home", "/tmp/prop-home");
        assertThat(AppPaths.dataHome(Map.of("SWITCHBOARD_HOME", "/tmp/env-home"), properties))
                .isEqualTo(Path.of("/tmp/prop-home"));
    }
}
