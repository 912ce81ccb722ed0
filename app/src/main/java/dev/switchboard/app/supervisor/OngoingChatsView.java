package dev.switchboard.app.supervisor;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.ui.TableFit;
import dev.switchboard.shared.chat.ConversationStatus;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The ongoing chats on the Supervisor page: visitor, agent (or waiting), group and how long, each
 * with "Open (read-only)", which shows the chat live in {@link #watchPane()}, which the page
 * places at its side, and "Transfer…".
 */
public final class OngoingChatsView extends View<VBox> {

    private final OngoingChatsViewModel model;
    private final WatchedChatView watch;
    private final VBox root = new VBox(8);
    private final Label title = new Label();
    private final Label summary = new Label();
    private final Label problem = new Label();
    private final TableView<OngoingChat> table = new TableView<>();
    private final TableColumn<OngoingChat, String> visitorColumn = column(OngoingChat::visitorName);
    private final TableColumn<OngoingChat, OngoingChat> agentColumn = new TableColumn<>();
    private final TableColumn<OngoingChat, String> groupColumn = column(OngoingChat::groupName);
    private final TableColumn<OngoingChat, String> durationColumn = new TableColumn<>();
    private final TableColumn<OngoingChat, OngoingChat> actionColumn = new TableColumn<>();

    private final ChatTransfers transfers;

    /** @param transfers opens the transfer dialog for a chat of the list */
    OngoingChatsView(OngoingChatsViewModel model, WatchedChatView watch, ChatTransfers transfers) {
        this.model = model;
        this.watch = watch;
        this.transfers = transfers;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    /** The chat opened read-only; shown only while one is open. */
    public VBox watchPane() {
        return watch.root();
    }

    private void build() {
        root.setId("ongoingChats");
        title.getStyleClass().add(Styles.TITLE_4);
        summary.setId("ongoingSummary");
        summary.getStyleClass().add(Styles.TEXT_MUTED);
        problem.getStyleClass().add(Styles.DANGER);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(12, title, summary, gap, problem);
        header.setAlignment(Pos.BASELINE_LEFT);

        agentColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        agentColumn.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(OngoingChat row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove(Styles.WARNING);
                setText(empty || row == null ? null : model.agentText(row));
                if (!empty && row != null && row.status() == ConversationStatus.QUEUED) {
                    getStyleClass().add(Styles.WARNING);
                }
            }
        });
        durationColumn.setCellValueFactory(data -> model.duration(data.getValue()));
        // the times in figures of one width, the header in the page's font
        durationColumn.setCellFactory(column -> new TableCell<>() {
            {
                getStyleClass().add("monospace-cell");
            }

            @Override
            protected void updateItem(String time, boolean empty) {
                super.updateItem(time, empty);
                setText(empty ? null : time);
            }
        });
        actionColumn.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        actionColumn.setCellFactory(column -> new TableCell<>() {
            private final Button open = new Button(null, new FontIcon(Material2MZ.REMOVE_RED_EYE));
            private final Button transfer = new Button(null, new FontIcon(Material2MZ.SWAP_HORIZ));
            private final HBox buttons = new HBox(4, open, transfer);

            {
                open.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.ACCENT);
                open.setOnAction(event -> watch.model().open(getItem()));
                transfer.getStyleClass().addAll(Styles.SMALL, Styles.FLAT);
                transfer.setOnAction(event -> transfers.open(getItem(), getScene().getWindow()));
                buttons.setAlignment(Pos.CENTER_LEFT);
            }

            @Override
            protected void updateItem(OngoingChat row, boolean empty) {
                super.updateItem(row, empty);
                if (empty || row == null) {
                    setGraphic(null);
                } else {
                    open.setId("watch-" + row.conversationId());
                    open.setText(model.i18n().get("supervisor.chats.open"));
                    transfer.setId("transfer-" + row.conversationId());
                    transfer.setText(model.i18n().get("supervisor.transfer"));
                    setGraphic(buttons);
                }
            }
        });
        visitorColumn.setPrefWidth(120);
        visitorColumn.setMinWidth(90);
        agentColumn.setPrefWidth(110);
        agentColumn.setMinWidth(90);
        groupColumn.setPrefWidth(110);
        groupColumn.setMinWidth(90);
        durationColumn.setPrefWidth(70);
        durationColumn.setMinWidth(60);
        actionColumn.setPrefWidth(260);
        actionColumn.setMinWidth(250);
        table.setId("ongoingTable");
        table.getColumns().addAll(List.of(visitorColumn, agentColumn, groupColumn, durationColumn, actionColumn));
        TableFit.fitOrScroll(table);
        table.getStyleClass().add(Styles.STRIPED);
        VBox.setVgrow(table, Priority.ALWAYS);

        watch.root().setPrefWidth(380);
        watch.root().setMinWidth(300);
        watch.root().setMaxWidth(420);
        root.getChildren().addAll(header, table);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        model.activate();
        disposer.onDispose(model::deactivate);
        watch.activate();
        disposer.onDispose(watch::deactivate);
        table.setItems(model.rows());
        disposer.onDispose(() -> table.setItems(null));
        disposer.bind(title.textProperty(), i18n.text("supervisor.chats.title"));
        disposer.bind(summary.textProperty(), model.summary());
        disposer.bind(problem.textProperty(), model.problem());
        disposer.bind(visitorColumn.textProperty(), i18n.text("supervisor.chats.visitor"));
        disposer.bind(agentColumn.textProperty(), i18n.text("supervisor.chats.agent"));
        disposer.bind(groupColumn.textProperty(), i18n.text("supervisor.chats.group"));
        disposer.bind(durationColumn.textProperty(), i18n.text("supervisor.chats.duration"));
        disposer.bind(table.placeholderProperty(), i18n.text("supervisor.chats.empty").map(Label::new));
        disposer.observe(watch.model().isOpen(), open -> {
            watch.root().setVisible(open);
            watch.root().setManaged(open);
        });
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
    }

    private static TableColumn<OngoingChat, String> column(Function<OngoingChat, String> value) {
        TableColumn<OngoingChat, String> column = new TableColumn<>();
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        return column;
    }
}
