package dev.switchboard.app.feature;

import java.util.List;

/**
 * A part of the workstation in a package of its own (visitors, chats, the queue, supervision,
 * settings; tickets and customers next), plugged in by one line in the list of features. It
 * contributes through the contexts of three lifetimes, and the workstation's plumbing (network,
 * session, window frame) knows none of them:
 * <ul>
 *     <li>the workstation: its cache tables and stores ({@link #cacheMigrations}, {@link #openStores});</li>
 *     <li>each signed-in session: the socket messages it handles, the change-log entities it keeps,
 *         what it loads before connecting and writes when closing ({@link #joinSession});</li>
 *     <li>the session's main window: its pages and menu entries, its panels, the destinations it
 *         opens and its alert sources ({@link #openWindow}).</li>
 * </ul>
 * Features hold no state of their own: what one hook makes for a later one, or for another feature,
 * goes into the context ({@code provide}/{@code require}), so one feature list serves any number of
 * workstations in one JVM. Hooks run in list order, on the FX thread; a feature that requires what
 * another provides in the same lifetime comes after it.
 */
public interface Feature {

    /**
     * Classpath folders with the Flyway migrations of the feature's cache tables, e.g. {@code db/chat}.
     * Versions continue the one sequence all folders share.
     */
    default List<String> cacheMigrations() {
        return List.of();
    }

    /** Once per workstation, when its cache opens: the feature's stores on it. */
    default void openStores(StoreContext stores) {
    }

    /** Once per signed-in session, before it connects. */
    default void joinSession(SessionContext session) {
    }

    /** Once per main window of a session, before the session connects. */
    default void openWindow(WindowContext window) {
    }
}
