package dev.switchboard.app.settings;

import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.settings.AccountSettings;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one session's account settings in step with the server (ADR 0025). On every connect it
 * reads the server's document: while nothing changed here it applies the server's; with changes
 * made here while offline it sends them over the version they were made on, or, when someone
 * stored a newer version meanwhile, merges field by field (the fields changed here win, every
 * other field takes the server's) and sends that. An account that never stored settings gets
 * this workstation's. While connected, each change the agent makes is sent at once; a 409 starts
 * the same reading and merging. A version stored from another open workstation of the account
 * arrives through the change log (ADR 0027) and is taken like the server's document at a connect.
 * Everything runs in order on its own thread; what is applied goes to the FX thread.
 */
final class SettingsSync {

    private static final Logger LOG = LoggerFactory.getLogger(SettingsSync.class);
    /** Rounds of read-merge-store when others keep storing in between; then the next change or connect tries again. */
    private static final int ATTEMPTS = 3;

    private final SettingsApi api;
    private final SettingsSyncStore store;
    private final String account;
    private final SettingsService service;
    private final ExecutorService serial;
    private final Executor fx;
    private SettingsSyncStore.State state = SettingsSyncStore.State.NEW;
    /** The settings in effect here, as a document (version unused); follows the agent's changes field by field. */
    private AccountSettings local;
    private boolean connected;

    SettingsSync(SettingsApi api, SettingsSyncStore store, String account, SettingsService service, ExecutorService serial, Executor fx) {
        this.api = api;
        this.store = store;
        this.account = account;
        this.service = service;
        this.serial = serial;
        this.fx = fx;
        this.local = SettingsDocument.of(service.settings(), 0);
    }

    /** Reads where this machine stands with the account; before the session connects. */
    CompletableFuture<Void> load() {
        return CompletableFuture.runAsync(() -> state = store.load(account).join(), serial);
    }

    /** The connection's state, on a network thread: each connect reconciles. */
    void connectionChanged(ConnectionState now) {
        run(() -> {
            boolean was = connected;
            connected = now == ConnectionState.CONNECTED;
            if (connected && !was) {
                reconcile(ATTEMPTS);
            }
        });
    }

    /** The agent changed settings here, FX thread: the fields they changed go on top of what this machine holds. */
    void changedHere(Settings before, Settings after) {
        AccountSettings from = SettingsDocument.of(before, 0);
        AccountSettings to = SettingsDocument.of(after, 0);
        run(() -> {
            local = AccountSettings.merge(from, to, local);
            remember(new SettingsSyncStore.State(state.base(), true));
            if (connected) {
                send(ATTEMPTS);
            }
        });
    }

    /**
     * A version of the account's settings stored anywhere (the change log, on the sync's thread).
     * One this machine agreed on already (its own, echoed back) changes nothing; a newer one is
     * applied while nothing changed here, and merged like at a connect otherwise.
     */
    void storedOnServer(AccountSettings stored) {
        run(() -> {
            if (state.base() != null && stored.version() <= state.base().version()) {
                return;
            }
            if (!state.dirty() || state.base() == null) {
                adopt(stored);
            } else if (connected) {
                reconcile(ATTEMPTS);
            }
        });
    }

    void close() {
        serial.shutdown();
    }

    /** In order on the sync's thread; dropped once the session closed (the connection says OFFLINE last). */
    private void run(Runnable work) {
        try {
            serial.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.debug("The session closed; settings work dropped");
        }
    }

    private void reconcile(int attempts) {
        AccountSettings server;
        try {
            server = api.read();
        } catch (RuntimeException failure) {
            LOG.warn("Could not read the account's settings; the ones cached here stay in effect", failure);
            return;
        }
        if (!server.stored()) {
            // the account's first workstation: its settings become the account's
            store(local.withVersion(0), attempts);
        } else if (!state.dirty() || state.base() == null) {
            // nothing changed here (or nothing to tell which fields were): the server's settings win
            adopt(server);
        } else if (server.version() == state.base().version()) {
            store(local.withVersion(server.version()), attempts);
        } else {
            store(AccountSettings.merge(state.base(), local, server), attempts);
        }
    }

    /** Sends what this machine holds over the version it last agreed on. */
    private void send(int attempts) {
        if (state.base() == null) {
            reconcile(attempts);
        } else {
            store(local.withVersion(state.base().version()), attempts);
        }
    }

    private void store(AccountSettings settings, int attempts) {
        try {
            adopt(api.store(settings));
        } catch (ProblemException refused) {
            if (refused.is(ProblemType.CONFLICT) && attempts > 1) {
                reconcile(attempts - 1);
            } else {
                LOG.warn("The server refused the account's settings; they stay changed here only", refused);
            }
        } catch (ServerUnreachableException unreachable) {
            LOG.info("The settings changed here wait for the server: {}", unreachable.getMessage());
        } catch (RuntimeException failure) {
            LOG.warn("Could not store the account's settings", failure);
        }
    }

    /** The server's document is the settings now: agreed, cached and applied. */
    private void adopt(AccountSettings server) {
        local = server.withVersion(0);
        remember(new SettingsSyncStore.State(server, false));
        fx.execute(() -> service.updateFromServer(SettingsDocument.settings(server, service.settings())));
    }

    private void remember(SettingsSyncStore.State next) {
        state = next;
        store.save(account, next).exceptionally(error -> {
            LOG.warn("Could not cache where the settings stand with the server", error);
            return null;
        });
    }
}
