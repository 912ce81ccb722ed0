package dev.switchboard.app;

import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX application: one {@link Workstation} for the lifetime of the process. */
public final class SwitchboardApp extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(SwitchboardApp.class);

    private Workstation workstation;

    @Override
    public void start(Stage primaryStage) {
        StartupOptions options = StartupOptions.parse(getParameters().getRaw(), System.getenv(), System.getProperties());
        LOG.info("Starting with {}", options);
        workstation = new Workstation(options, Platform::exit);
        workstation.start();
    }

    @Override
    public void stop() throws Exception {
        if (workstation != null) {
            // Closing the cache cleanly is what prevents a corrupt file on the next start.
            workstation.shutdown().get(10, TimeUnit.SECONDS);
        }
    }
}
