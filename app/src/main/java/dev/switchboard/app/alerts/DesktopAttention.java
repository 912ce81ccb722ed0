package dev.switchboard.app.alerts;

import java.awt.GraphicsEnvironment;
import java.awt.Taskbar;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link Attention} through {@link java.awt.Taskbar} where the desktop supports it: the macOS dock
 * bounces and shows a badge. Elsewhere nothing happens and the window title carries the count:
 * Windows offers both only for an AWT window (the workstation's are JavaFX stages), and on Linux
 * starting the AWT toolkit beside GTK fights over the X error handler for a feature almost no
 * desktop has, so the toolkit is only started on macOS. The AWT calls run on their own serial
 * executor, never on the FX thread.
 */
public final class DesktopAttention implements Attention {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopAttention.class);

    private final Executor awt;
    private final CompletableFuture<Optional<Taskbar>> taskbar;

    /** Probes the desktop on {@code awt} at once, so the answer is ready when the first alert comes. */
    public DesktopAttention(Executor awt) {
        this.awt = awt;
        this.taskbar = CompletableFuture.supplyAsync(DesktopAttention::probe, awt);
    }

    @Override
    public void request() {
        taskbar.thenAcceptAsync(found -> found.filter(bar -> bar.isSupported(Taskbar.Feature.USER_ATTENTION))
                .ifPresent(bar -> guarded(() -> bar.requestUserAttention(true, false))), awt);
    }

    @Override
    public boolean showCount(int count) {
        Optional<Taskbar> bar = taskbar.getNow(Optional.empty()).filter(found -> found.isSupported(Taskbar.Feature.ICON_BADGE_NUMBER));
        bar.ifPresent(found -> awt.execute(() -> guarded(() -> found.setIconBadge(count == 0 ? null : Integer.toString(count)))));
        return bar.isPresent();
    }

    private static Optional<Taskbar> probe() {
        try {
            boolean mac = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
            if (!mac || GraphicsEnvironment.isHeadless() || !Taskbar.isTaskbarSupported()) {
                LOG.info("No taskbar or dock to request attention; the window title shows waiting alerts");
                return Optional.empty();
            }
            return Optional.of(Taskbar.getTaskbar());
        } catch (RuntimeException | LinkageError e) {
            LOG.info("No taskbar or dock to request attention ({}); the window title shows waiting alerts", e.toString());
            return Optional.empty();
        }
    }

    private static void guarded(Runnable call) {
        try {
            call.run();
        } catch (RuntimeException e) {
            LOG.debug("The desktop refused an attention request: {}", e.toString());
        }
    }
}
