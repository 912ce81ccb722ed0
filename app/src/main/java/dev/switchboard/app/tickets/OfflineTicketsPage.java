package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.NoticeArea;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.tickets.offline.TicketFill;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import java.util.Optional;
import javafx.geometry.Bounds;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Tickets page with offline work around it (ADR 0038): above the queue, a bar that says when the
 * backend cannot be reached, how many changes wait to sync and how a sync gets on, and opens the
 * conflicts and refusals waiting for the agent ({@link SyncProblemsView}), and while an empty cache
 * fills itself, that the list is not complete yet (read again, newest first, once it is). Ids:
 * {@code ticketsOffline}, {@code ticketsPending}, {@code ticketsSyncing}, {@code ticketsProblems}, {@code ticketsFilling}.
 */
final class OfflineTicketsPage extends View<BorderPane> implements NoticeArea {

    private final TicketsView page;
    private final TicketSyncStatus status;
    private final TicketListModel list;
    private final I18n i18n;
    private final SyncProblemsModel problemsModel;
    private final SyncProblemsView problemsView;
    private final BorderPane root = new BorderPane();
    private final Label offline = new Label();
    private final Label pending = new Label();
    private final Label filling = new Label();
    private final ProgressIndicator syncingIcon = new ProgressIndicator();
    private final Label syncing = new Label();
    private final Button problems = new Button();
    private final VBox top = new VBox(6);

    private OfflineTicketsPage(TicketsView page, TicketsPageModel model, OfflineTicketWiring offline, java.time.ZoneId zone) {
        this.page = page;
        this.status = offline.status();
        this.list = model.list();
        this.i18n = model.i18n();
        this.problemsModel = new SyncProblemsModel(offline.tickets(), model.termsProperty(), offline.source(), status, i18n, zone, offline.fx());
        this.problemsView = new SyncProblemsView(problemsModel, i18n);
        build();
    }

    static OfflineTicketsPage around(TicketsView page, TicketsPageModel model, OfflineTicketWiring offline, java.time.ZoneId zone) {
        return new OfflineTicketsPage(page, model, offline, zone);
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    public Optional<Bounds> noticeAreaInScene() {
        return page.noticeAreaInScene();
    }

    private void build() {
        offline.setId("ticketsOffline");
        offline.getStyleClass().add(Styles.WARNING);
        pending.setId("ticketsPending");
        pending.getStyleClass().add(Styles.TEXT_MUTED);
        filling.setId("ticketsFilling");
        filling.getStyleClass().add(Styles.TEXT_MUTED);
        syncing.setId("ticketsSyncing");
        syncingIcon.setPrefSize(16, 16);
        problems.setId("ticketsProblems");
        problems.getStyleClass().add(Styles.DANGER);
        problems.setOnAction(event -> problemsModel.openProperty().set(!problemsModel.openProperty().get()));
        HBox bar = new HBox(10, offline, pending, filling, syncingIcon, syncing, problems);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        problemsView.root().setVisible(false);
        problemsView.root().managedProperty().bind(problemsView.root().visibleProperty());
        top.getChildren().setAll(bar, problemsView.root());
        for (var node : new javafx.scene.Node[] {offline, pending, filling, syncingIcon, syncing, problems}) {
            node.managedProperty().bind(node.visibleProperty());
        }
        root.setTop(top);
        root.setCenter(page.root());
    }

    @Override
    protected void onActivate(Disposer disposer) {
        page.activate();
        problemsView.activate();
        status.refresh();
        disposer.bind(offline.visibleProperty(), status.offlineProperty());
        disposer.bind(offline.textProperty(), i18n.text("tickets.offline.banner"));
        disposer.bind(pending.visibleProperty(), status.pendingProperty().greaterThan(0));
        disposer.bind(pending.textProperty(), Bindings.createStringBinding(() -> i18n.get("tickets.offline.pending", status.pendingProperty().get()),
                status.pendingProperty(), i18n.localeProperty()));
        disposer.bind(filling.visibleProperty(), Bindings.createBooleanBinding(() -> status.fillingProperty().get().running(),
                status.fillingProperty()));
        disposer.bind(filling.textProperty(), Bindings.createStringBinding(() -> fillingText(status.fillingProperty().get()),
                status.fillingProperty(), i18n.localeProperty()));
        // the fill wrote by id, the oldest first: the list is read again, in its own order, once it is complete
        disposer.listen(status.fillingProperty(), (observable, before, now) -> {
            if (before.running() && !now.running()) {
                list.reload();
            }
        });
        disposer.bind(syncingIcon.visibleProperty(), status.syncingProperty());
        disposer.bind(syncing.visibleProperty(), status.syncingProperty());
        disposer.bind(syncing.textProperty(), Bindings.createStringBinding(() -> i18n.get("tickets.offline.syncing",
                status.syncedProperty().get(), status.pendingProperty().get()), status.syncedProperty(), status.pendingProperty(), i18n.localeProperty()));
        disposer.bind(problems.visibleProperty(), Bindings.isNotEmpty(status.problems()));
        disposer.bind(problemsView.root().visibleProperty(), problemsModel.openProperty());
        disposer.bind(problems.textProperty(), Bindings.createStringBinding(() -> i18n.get("tickets.offline.problems", status.problems().size()),
                status.problems(), i18n.localeProperty()));
    }

    private String fillingText(TicketFill.Filling now) {
        return now.about() > 0 ? i18n.get("tickets.offline.filling", now.written(), now.about())
                : i18n.get("tickets.offline.fillingCount", now.written());
    }

    @Override
    protected void onDeactivate() {
        problemsView.deactivate();
        page.deactivate();
    }
}
