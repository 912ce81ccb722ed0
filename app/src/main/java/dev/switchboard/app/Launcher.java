package dev.switchboard.app;

import dev.switchboard.app.platform.JavaFxNatives;
import java.util.List;
import javafx.application.Application;

/**
 * Entry point of the fat jar. A plain class, not an {@link Application}: the JavaFX launcher
 * refuses to start an Application subclass from the classpath without modules, this does not.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (List.of(args).contains("--help") || List.of(args).contains("-h")) {
            System.out.print(StartupOptions.USAGE);
            return;
        }
        try {
            StartupOptions.parse(List.of(args), System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StartupOptions.USAGE);
            System.exit(2);
        }
        JavaFxNatives.install(System.getenv(), System.getProperties());
        Application.launch(SwitchboardApp.class, args);
    }
}
