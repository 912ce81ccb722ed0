package dev.switchboard.app.presence;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.SessionApi;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.sync.SyncedEntities;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.sync.Change;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The away reasons an agent may give (ADR 0013), as the server offers them now: asked for on every
 * connect and again whenever the change log says an administrator changed one, so every status
 * menu (the window's and the tray's) follows an administrator's change at once. Kept in memory
 * only: offline, nobody picks a status. The list changes on the FX thread.
 */
public final class AwayReasonList implements SyncedEntities {

    private static final Logger LOG = LoggerFactory.getLogger(AwayReasonList.class);

    private final SessionApi api;
    private final Executor fx;
    private final ObservableList<AwayReason> reasons = FXCollections.observableArrayList();
    private final ObservableList<AwayReason> offered = new FilteredList<>(reasons, AwayReason::enabled);

    public AwayReasonList(ApiClient api, Session session, Executor io, Executor fx) {
        this.api = new SessionApi(api, session.server(), session.token(), io);
        this.fx = fx;
    }

    /** Asks the server for the reasons; any thread. */
    public void refresh() {
        // GET /api/v1/away-reasons
        api.get(ApiPath.of("away-reasons"), AwayReason[].class).thenApply(List::of).whenCompleteAsync((fresh, failure) -> {
            if (failure != null) {
                LOG.warn("Could not read the away reasons: {}", failure.getMessage());
            } else if (!fresh.equals(reasons)) {
                reasons.setAll(fresh);
            }
        }, fx);
    }

    /**
     * The reasons as the server lists them for this agent, in their order: those offered now, and
     * for supervisors and administrators the disabled ones too (the administration lists them). FX thread.
     */
    public ObservableList<AwayReason> reasons() {
        return reasons;
    }

    /** The reasons an agent may give now (the status menus' choices), in their order; FX thread. */
    public ObservableList<AwayReason> offered() {
        return offered;
    }

    public Optional<AwayReason> find(Long id) {
        return id == null ? Optional.empty() : reasons.stream().filter(reason -> reason.id() == id).findFirst();
    }

    @Override
    public String entity() {
        return AwayReason.ENTITY;
    }

    @Override
    public CompletableFuture<Void> apply(List<Change> changes) {
        refresh();
        return CompletableFuture.completedFuture(null);
    }
}
