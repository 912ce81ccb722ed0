package dev.switchboard.app.navigation;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens any {@link Destination} in the main window, the one way alerts, the tray and links show
 * what they are about (as Bisq 2's {@code NavigationTarget}). Each feature registers how to open
 * its kinds of destination when the window opens; whoever opens one needs to know neither the
 * feature nor its pages. FX thread.
 */
public final class Navigator {

    private static final Logger LOG = LoggerFactory.getLogger(Navigator.class);

    private final Map<Class<?>, Consumer<Destination>> openers = new HashMap<>();

    /** Opens every destination of class {@code kind} with {@code opener}; one opener per class. */
    public <D extends Destination> void register(Class<D> kind, Consumer<? super D> opener) {
        if (openers.putIfAbsent(kind, destination -> opener.accept(kind.cast(destination))) != null) {
            throw new IllegalStateException(kind.getName() + " has an opener already");
        }
    }

    /** Shows {@code destination}; one no feature opens is logged and ignored. */
    public void open(Destination destination) {
        Consumer<Destination> opener = openers.get(destination.getClass());
        if (opener == null) {
            LOG.warn("No feature opens {}", destination);
            return;
        }
        opener.accept(destination);
    }
}
