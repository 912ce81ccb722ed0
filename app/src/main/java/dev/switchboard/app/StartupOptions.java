package dev.switchboard.app;

import dev.switchboard.app.platform.AppPaths;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the workstation was started: {@code [--server URL] [--user LOGIN]}, the password from the
 * environment variable {@code SWITCHBOARD_PASSWORD} (never an argument, which other users of the
 * machine could read in the process list), the data folder and whether to use the tray.
 */
public record StartupOptions(Optional<String> server, Optional<String> login, Optional<String> password,
                             Path dataHome, boolean trayEnabled) {

    public static final String PASSWORD_ENV = "SWITCHBOARD_PASSWORD";
    /** {@code -Dswitchboard.tray=off} disables the tray (tests, or desktops where it misbehaves). */
    public static final String TRAY_PROPERTY = "switchboard.tray";

    public static final String USAGE = """
            Usage: java -jar switchboard-app.jar [--server URL] [--user LOGIN]
              --server URL   the Switchboard server, e.g. http://localhost:8080
              --user LOGIN   the login to sign in with
            Environment:
              SWITCHBOARD_PASSWORD  sign in with this password without showing the login window
              SWITCHBOARD_HOME      folder for the local cache (or -Dswitchboard.home=...)
            System properties:
              -Dswitchboard.tray=off  no tray icon
            """;

    /** Reads the command line; throws {@link IllegalArgumentException} with a readable reason. */
    public static StartupOptions parse(List<String> args, Map<String, String> env, Properties systemProperties) {
        String server = null;
        String login = null;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--server=")) {
                server = arg.substring("--server=".length());
            } else if (arg.equals("--server")) {
                server = valueAfter(args, i++, arg);
            } else if (arg.startsWith("--user=")) {
                login = arg.substring("--user=".length());
            } else if (arg.equals("--user")) {
                login = valueAfter(args, i++, arg);
            } else {
                throw new IllegalArgumentException("Unknown argument: " + arg);
            }
        }
        String password = env.get(PASSWORD_ENV);
        return new StartupOptions(
                Optional.ofNullable(server).filter(s -> !s.isBlank()),
                Optional.ofNullable(login).filter(s -> !s.isBlank()),
                Optional.ofNullable(password).filter(s -> !s.isEmpty()),
                AppPaths.dataHome(env, systemProperties),
                !"off".equalsIgnoreCase(systemProperties.getProperty(TRAY_PROPERTY, "")));
    }

    private static String valueAfter(List<String> args, int index, String option) {
        if (index + 1 >= args.size()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args.get(index + 1);
    }

    /** Keeps the password out of logs. */
    @Override
    public String toString() {
        return "StartupOptions[server=" + server + ", login=" + login + ", password=" + (password.isPresent() ? "***" : "none")
                + ", dataHome=" + dataHome + ", tray=" + trayEnabled + "]";
    }
}
