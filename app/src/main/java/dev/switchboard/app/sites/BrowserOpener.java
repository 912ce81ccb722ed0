package dev.switchboard.app.sites;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens an address in the person's browser: the desktop's way where Java knows it, {@code xdg-open}
 * on a Linux desktop where it does not. Answers whether it worked; where it did not (no desktop),
 * the workstation shows the address to copy instead.
 */
class BrowserOpener {

    private static final Logger LOG = LoggerFactory.getLogger(BrowserOpener.class);

    private final Executor io;

    BrowserOpener(Executor io) {
        this.io = io;
    }

    CompletableFuture<Boolean> open(String url) {
        return CompletableFuture.supplyAsync(() -> {
            if (GraphicsEnvironment.isHeadless()) {
                return false;
            }
            try {
                if (Desktop.isDesktopSupported() && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
                    Desktop.getDesktop().browse(URI.create(url));
                    return true;
                }
                if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("linux")) {
                    new ProcessBuilder("xdg-open", url).inheritIO().start();
                    return true;
                }
            } catch (Exception e) {
                LOG.warn("Could not open {} in a browser: {}", url, e.getMessage());
            }
            return false;
        }, io);
    }
}
