package dev.switchboard.app.platform;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Where the workstation keeps its local files (the cache database). Follows each operating
 * system's convention for per-user application data that is local to the machine, because an H2
 * file on a roaming or network share is a known source of corruption.
 */
public final class AppPaths {

    /** System property that overrides the data folder (tests use a temporary directory). */
    public static final String HOME_PROPERTY = "switchboard.home";
    /** Environment variable that overrides the data folder. */
    public static final String HOME_ENV = "SWITCHBOARD_HOME";

    private AppPaths() {
    }

    /** The data folder for this process: the override if given, else the OS convention. */
    public static Path dataHome(Map<String, String> env, Properties systemProperties) {
        String override = systemProperties.getProperty(HOME_PROPERTY);
        if (isSet(override)) {
            return Path.of(override).toAbsolutePath();
        }
        override = env.get(HOME_ENV);
        if (isSet(override)) {
            return Path.of(override).toAbsolutePath();
        }
        String os = systemProperties.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(systemProperties.getProperty("user.home", "."));
        if (os.startsWith("windows")) {
            String localAppData = env.get("LOCALAPPDATA");
            Path base = isSet(localAppData) ? Path.of(localAppData) : userHome.resolve("AppData").resolve("Local");
            return base.resolve("Switchboard");
        }
        if (os.startsWith("mac")) {
            return userHome.resolve("Library").resolve("Application Support").resolve("Switchboard");
        }
        // XDG: a relative XDG_DATA_HOME is invalid by the specification and must be ignored.
        String xdg = env.get("XDG_DATA_HOME");
        if (isSet(xdg) && Path.of(xdg).isAbsolute()) {
            return Path.of(xdg).resolve("switchboard");
        }
        return userHome.resolve(".local").resolve("share").resolve("switchboard");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
