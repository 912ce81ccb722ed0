package dev.switchboard.app;

import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.FeatureSet;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.net.Backoff;
import dev.switchboard.app.net.TyrusSocketTransport;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.shell.MainWindow;
import dev.switchboard.app.shell.ShellViewModel;

/**
 * Builds what a signed-in agent works with: the live session on the workstation's stores and
 * threads with every feature joined, and its main window with every feature's parts. FX thread.
 */
final class SessionWiring {

    private final LocalStores stores;
    private final FeatureSet features;

    SessionWiring(LocalStores stores, FeatureSet features) {
        this.stores = stores;
        this.features = features;
    }

    /** A live session of {@code session} that the features joined, not started yet. */
    SessionContext liveSession(Session session, LiveSession.Events events) {
        AppContext app = features.app();
        LiveSession.Services services = new LiveSession.Services(stores.team(), stores.sessions(), app.api(), new TyrusSocketTransport(),
                app.background().io(), app.background().newSerialExecutor("sync"), app.background().scheduler(), Backoff.standard(),
                app.clock());
        return features.joinSession(new LiveSession(session, services, app.fx(), events));
    }

    /** The main window of the session's agent, not shown yet. */
    MainWindow mainWindow(SessionContext session, AlertBoard alerts, ShellViewModel.Actions actions, Runnable onCloseRequest) {
        return new MainWindow(features, session, alerts, actions, onCloseRequest);
    }
}
