package dev.switchboard.app.audit;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.audit.AuditEntry;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The audit log section: filters on top (who, which action or target, which days), the entries
 * found below, newest first, sortable by any column, "More" for older ones. Details are shown as
 * text, never as markup.
 */
final class AuditView extends View<BorderPane> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditViewModel model;
    private final ObservableValue<TeamSnapshot> team;
    private final BorderPane root = new BorderPane();
    private final ComboBox<Agent> actor = new ComboBox<>();
    private final TextField action = new TextField();
    private final TextField target = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Button search = new Button();
    private final Label toError = EditorForm.error("auditToError");
    private final Label generalError = EditorForm.error("auditError");
    private final TableView<AuditEntry> table = new TableView<>();
    private final TableColumn<AuditEntry, String> at = new TableColumn<>();
    private final TableColumn<AuditEntry, String> who = new TableColumn<>();
    private final TableColumn<AuditEntry, String> what = new TableColumn<>();
    private final TableColumn<AuditEntry, String> on = new TableColumn<>();
    private final TableColumn<AuditEntry, String> detail = new TableColumn<>();
    private final Button more = new Button();
    private final Label status = new Label();

    AuditView(AuditViewModel model, ObservableValue<TeamSnapshot> team) {
        this.model = model;
        this.team = team;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("auditPage");
        actor.setId("auditActor");
        action.setId("auditAction");
        action.setPrefColumnCount(12);
        action.setOnAction(event -> model.search());
        target.setId("auditTarget");
        target.setPrefColumnCount(14);
        target.setOnAction(event -> model.search());
        from.setId("auditFrom");
        to.setId("auditTo");
        from.setPrefWidth(130);
        to.setPrefWidth(130);
        search.setId("auditSearch");
        search.getStyleClass().add(Styles.ACCENT);
        search.setOnAction(event -> model.search());
        FlowPane filters = new FlowPane(8, 8, actor, action, target, from, new VBox(4, to, toError), search);
        VBox top = new VBox(6, filters, generalError);
        top.setPadding(new Insets(12, 16, 8, 16));

        table.setId("auditEntries");
        column(at, entry -> TIME.format(entry.at().atZone(model.zone())), 150);
        column(who, entry -> entry.actorName() == null ? "" : entry.actorName(), 130);
        column(what, AuditEntry::action, 150);
        column(on, entry -> entry.target() == null ? "" : entry.target(), 150);
        column(detail, entry -> entry.detail() == null ? "" : entry.detail(), 360);
        table.getColumns().setAll(List.of(at, who, what, on, detail));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        more.setId("auditMore");
        more.setOnAction(event -> model.loadMore());
        status.setId("auditStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        HBox bottom = new HBox(8, more, status);
        bottom.setPadding(new Insets(8, 16, 12, 16));
        root.setTop(top);
        root.setCenter(table);
        root.setBottom(bottom);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(actor.promptTextProperty(), i18n.text("audit.filter.actor"));
        disposer.bind(action.promptTextProperty(), i18n.text("audit.filter.action"));
        disposer.bind(target.promptTextProperty(), i18n.text("audit.filter.target"));
        disposer.bind(from.promptTextProperty(), i18n.text("audit.filter.from"));
        disposer.bind(to.promptTextProperty(), i18n.text("audit.filter.to"));
        disposer.bind(search.textProperty(), i18n.text("audit.search"));
        disposer.bind(more.textProperty(), i18n.text("audit.more"));
        disposer.bind(at.textProperty(), i18n.text("audit.column.at"));
        disposer.bind(who.textProperty(), i18n.text("audit.column.actor"));
        disposer.bind(what.textProperty(), i18n.text("audit.column.action"));
        disposer.bind(on.textProperty(), i18n.text("audit.column.target"));
        disposer.bind(detail.textProperty(), i18n.text("audit.column.detail"));
        bindBoth(disposer, action.textProperty(), model.actionProperty());
        bindBoth(disposer, target.textProperty(), model.targetProperty());
        bindBoth(disposer, from.valueProperty(), model.fromProperty());
        bindBoth(disposer, to.valueProperty(), model.toProperty());
        bindBoth(disposer, actor.valueProperty(), model.actorProperty());
        actor.setButtonCell(new ActorCell(i18n));
        actor.setCellFactory(list -> new ActorCell(i18n));
        disposer.observe(team, snapshot -> {
            List<Agent> choices = new ArrayList<>();
            choices.add(null);
            choices.addAll(snapshot.agents().values());
            Agent chosen = actor.getValue();
            actor.getItems().setAll(choices);
            actor.setValue(chosen);
        });
        EditorForm.showMessage(disposer, toError, model.errors().field("to"));
        EditorForm.showMessage(disposer, generalError, model.errors().general());
        table.setItems(model.entries());
        disposer.onDispose(() -> table.setItems(FXCollections.observableArrayList()));
        disposer.bind(more.visibleProperty(), model.moreProperty());
        disposer.bind(more.managedProperty(), model.moreProperty());
        disposer.bind(status.textProperty(), model.statusProperty());
        if (model.entries().isEmpty()) {
            model.search();
        }
    }

    private static <T> void bindBoth(Disposer disposer, javafx.beans.property.Property<T> control, javafx.beans.property.Property<T> state) {
        control.bindBidirectional(state);
        disposer.onDispose(() -> control.unbindBidirectional(state));
    }

    private static void column(TableColumn<AuditEntry, String> column, Function<AuditEntry, String> text, double width) {
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
    }

    /** An agent by name; the empty choice reads "anyone". */
    private static final class ActorCell extends ListCell<Agent> {
        private final I18n i18n;

        ActorCell(I18n i18n) {
            this.i18n = i18n;
        }

        @Override
        protected void updateItem(Agent agent, boolean empty) {
            super.updateItem(agent, empty);
            setText(empty ? null : agent == null ? i18n.get("audit.filter.anyone") : agent.displayName());
        }
    }
}
