package dev.switchboard.app.supervisor;

import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.presence.AwayReasonList;
import dev.switchboard.app.ui.StatusDot;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.agents.AwayReason;
import dev.switchboard.shared.agents.StatusChange;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.BiFunction;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;

/**
 * The menu on a row of the team table: a supervisor sets the agent's status, away with one of the
 * reasons if they like (audited on the server; ADR 0013). The result shows as a notice. FX thread.
 */
final class AgentStatusMenu {

    private final AwayReasonList reasons;
    private final I18n i18n;
    private final BiFunction<Long, StatusChange, CompletableFuture<Void>> setStatus;
    private final NotificationCenter notices;
    private final Executor fx;

    /** @param setStatus sets an agent's status on the server, in the background */
    AgentStatusMenu(AwayReasonList reasons, I18n i18n, BiFunction<Long, StatusChange, CompletableFuture<Void>> setStatus,
                    NotificationCenter notices, Executor fx) {
        this.reasons = reasons;
        this.i18n = i18n;
        this.setStatus = setStatus;
        this.notices = notices;
        this.fx = fx;
    }

    ContextMenu menuFor(AgentRow row) {
        ContextMenu menu = new ContextMenu();
        for (AgentStatus status : AgentStatus.values()) {
            if (status.isSelectable()) {
                menu.getItems().add(item(row, "setStatus-" + status.name(), i18n.get("supervisor.setStatus", i18n.get("status." + status.name())),
                        new StatusChange(status)));
            }
        }
        for (AwayReason reason : reasons.offered()) {
            String label = i18n.get("status.awayBecause", i18n.get("status.AWAY"), reason.name(i18n.locale()));
            menu.getItems().add(item(row, "setStatus-AWAY-" + reason.id(), i18n.get("supervisor.setStatus", label),
                    new StatusChange(AgentStatus.AWAY, reason.id())));
        }
        return menu;
    }

    private MenuItem item(AgentRow row, String id, String text, StatusChange change) {
        MenuItem item = new MenuItem(text, StatusDot.create(change.status()));
        item.setId(id);
        item.setOnAction(event -> setStatus.apply(row.id(), change).whenCompleteAsync((ok, failure) -> notices.post(failure == null
                ? new Notice(Notice.Level.SUCCESS, i18n.get("supervisor.setStatus.done", row.displayName()), false)
                : new Notice(Notice.Level.DANGER, i18n.get("supervisor.setStatus.failed", row.displayName()), true)), fx));
        return item;
    }
}
