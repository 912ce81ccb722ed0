package dev.switchboard.app.presence;

import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StatusMenu;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.AwayReason;
import java.util.Optional;
import javafx.beans.InvalidationListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Statuses with reasons (ADR 0013): the away reasons an administrator configured (小休, 用餐, 培训,
 * 会议) as choices of the status menu, and the header saying "Away · 用餐". Offers the
 * {@link AwayReasonList} to the features after it (supervisors set an agent's status with one).
 */
public final class PresenceFeature implements Feature {

    @Override
    public void joinSession(SessionContext session) {
        AppContext app = session.app();
        AwayReasonList reasons = new AwayReasonList(app.api(), session.session(), app.background().io(), app.fx());
        session.sync(reasons);
        session.onConnectionChanged(state -> {
            if (state == ConnectionState.CONNECTED) {
                reasons.refresh();
            }
        });
        session.provide(AwayReasonList.class, reasons);
    }

    @Override
    public void openWindow(WindowContext window) {
        I18n i18n = window.app().i18n();
        AwayReasonList reasons = window.require(AwayReasonList.class);
        ObservableList<StatusMenu.Choice> choices = FXCollections.observableArrayList();
        // the reasons offered only: supervisors and administrators also read the disabled ones, which the server refuses
        InvalidationListener rebuild = observable -> choices.setAll(reasons.offered().stream()
                .map(reason -> new StatusMenu.Choice("status-AWAY-" + reason.id(), awayBecause(i18n, reason), AgentStatus.AWAY, reason.id()))
                .toList());
        reasons.offered().addListener(rebuild);
        i18n.localeProperty().addListener(rebuild);
        window.onClose(() -> {
            reasons.offered().removeListener(rebuild);
            i18n.localeProperty().removeListener(rebuild);
        });
        rebuild.invalidated(null);
        window.statusMenu(new StatusMenu(choices, self -> describe(i18n, reasons, self)));
    }

    private static Optional<String> describe(I18n i18n, AwayReasonList reasons, Agent self) {
        if (self.status() != AgentStatus.AWAY) {
            return Optional.empty();
        }
        return reasons.find(self.statusReasonId()).map(reason -> awayBecause(i18n, reason));
    }

    static String awayBecause(I18n i18n, AwayReason reason) {
        return i18n.get("status.awayBecause", i18n.get("status.AWAY"), reason.name(i18n.locale()));
    }
}
