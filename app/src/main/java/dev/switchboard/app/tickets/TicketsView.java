package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.NoticeArea;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.tickets.sla.SlaColumn;
import dev.switchboard.app.ui.TableFit;
import dev.switchboard.app.ui.TableRowsArea;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPriority;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The Tickets page: the queue, the search and "New ticket" on top; the queue's tickets in a
 * sortable table (newest change first); beside it the open ticket or the new ticket's form.
 * Ids: {@code ticketQueue}, {@code ticketSearch}, {@code ticketNew}, {@code ticketsTable} with rows
 * {@code ticketRow-<number>}, {@code ticketsError}.
 */
final class TicketsView extends View<BorderPane> implements NoticeArea {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TicketsPageModel model;
    private final I18n i18n;
    private final ZoneId zone;
    private final Role role;
    private final BorderPane root = new BorderPane();
    private final ComboBox<TicketQueue> queue = new ComboBox<>();
    private final TextField search = new TextField();
    private final Button create = new Button(null, new FontIcon(Material2AL.ADD));
    private final Label error = EditorForm.error("ticketsError");
    private final TableView<Ticket> table = new TableView<>();
    private final Label empty = new Label();
    private final ObservableList<Ticket> rows = FXCollections.observableArrayList();
    /** Each sorting column and what it is to the list model. */
    private final Map<TableColumn<Ticket, ?>, TicketColumn> columns = new LinkedHashMap<>();
    /** Set while the table's arrow is put where the model's order is, so that is not taken for a click. */
    private boolean showingSort;
    /** Set while the rows chosen before the list's answer changed are chosen again. */
    private boolean choosingAgain;
    private final StackPane beside = new StackPane();
    private final Label nothingOpen = new Label();
    private final TicketView ticketView;
    private final NewTicketView newTicketView;
    private final Function<TableView<Ticket>, TicketsTogether> togetherOf;
    private TicketsTogether together;

    /** @param togetherOf working the queue together (ADR 0037): its parts for this page's table */
    TicketsView(TicketsPageModel model, ZoneId zone, Role role, Function<TableView<Ticket>, TicketsTogether> togetherOf) {
        this.model = model;
        this.i18n = model.i18n();
        this.zone = zone;
        this.role = role;
        this.ticketView = new TicketView(model.ticket(), model.termsProperty(), i18n, zone, model.panels(zone));
        this.newTicketView = new NewTicketView(model.newTicket(), model.termsProperty(), i18n);
        this.togetherOf = togetherOf;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("ticketsPage");
        root.setPadding(new Insets(12));
        queue.setId("ticketQueue");
        queue.getItems().setAll(Arrays.stream(TicketQueue.values()).filter(candidate -> candidate.offeredTo(role)).toList());
        search.setId("ticketSearch");
        HBox.setHgrow(search, Priority.ALWAYS);
        create.setId("ticketNew");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> model.startNew());
        HBox bar = new HBox(8, queue, search, create);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(6, bar, error);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);

        table.setId("ticketsTable");
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        column(TicketColumn.NUMBER, Ticket::number).setMinWidth(130);
        column(TicketColumn.SUBJECT, Ticket::subject).setMinWidth(160);
        column(TicketColumn.REQUESTER, TicketColumn::requester).setMinWidth(110);
        column(TicketColumn.STATUS, ticket -> model.termsProperty().get().status(ticket.status(), i18n)).setMinWidth(80);
        TableColumn<Ticket, TicketPriority> priority = column(TicketColumn.PRIORITY, Ticket::priority);
        priority.setMinWidth(80);
        priority.setCellFactory(column -> cell(value -> model.termsProperty().get().priority(value, i18n)));
        column(TicketColumn.ASSIGNEE, ticket -> model.termsProperty().get().agent(ticket.assigneeId())).setMinWidth(90);
        column(TicketColumn.GROUP, ticket -> model.termsProperty().get().group(ticket.groupId())).setMinWidth(80);
        TableColumn<Ticket, Ticket> sla = SlaColumn.create(model.extras().ticker().nowProperty(), i18n, zone);
        table.getColumns().add(2, sla); // right after the subject: what an agent looks at first
        columns.put(sla, TicketColumn.SLA);
        TableColumn<Ticket, Instant> reminder = ReminderColumn.create(i18n, zone); // a waiting ticket's pending reminder
        table.getColumns().add(reminder);
        columns.put(reminder, TicketColumn.REMINDER);
        TableColumn<Ticket, Instant> updated = column(TicketColumn.UPDATED, Ticket::updatedAt);
        updated.setCellFactory(column -> cell(instant -> instant == null ? "" : WHEN.format(instant.atZone(zone))));
        updated.setMinWidth(120);
        // the arrow is the table's, the sorting the list model's, off the FX thread (ADR 0044)
        table.setSortPolicy(view -> {
            if (!showingSort) {
                sortAsClicked();
            }
            return true;
        });
        TableFit.fitOrScroll(table);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Ticket item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setId(isEmpty || item == null ? null : "ticketRow-" + item.number());
            }
        });
        table.getSelectionModel().selectedItemProperty().addListener((observable, before, chosen) -> {
            // rows chosen again after the list's answer changed (a newer version of a ticket, a search) are not a new choice
            Ticket open = model.ticket().ticketProperty().get();
            if (!choosingAgain && chosen != null && (open == null || open.id() != chosen.id() || model.besideProperty().get() != TicketsPageModel.Beside.TICKET)) {
                model.open(chosen.id());
            }
        });

        nothingOpen.setWrapText(true);
        beside.setId("ticketsBeside");
        beside.getChildren().setAll(nothingOpen);
        together = togetherOf.apply(table);
        together.addTo(top, ticketView.root());
        SplitPane split = new SplitPane(table, beside);
        split.setDividerPositions(0.5);
        root.setCenter(split);
    }

    /**
     * Alerts lie over the list's rows (below its headers), never over the ticket beside it: its top
     * holds the number, who else is on it, merge and split, the fields the agent is changing.
     */
    @Override
    public Optional<Bounds> noticeAreaInScene() {
        return TableRowsArea.inScene(table);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        together.activate(disposer);
        TicketListModel list = model.list();
        table.setItems(rows);
        disposer.observe(list.shownProperty(), this::showRows);
        disposer.onDispose(() -> table.setItems(null));
        disposer.bindBidirectional(queue.valueProperty(), list.queueProperty());
        // the SLA countdowns tick with the window's one clock while the page shows
        model.extras().ticker().start();
        disposer.onDispose(model.extras().ticker()::stop);
        disposer.observe(list.sortProperty(), this::showSort);
        disposer.bindBidirectional(search.textProperty(), list.searchProperty());
        Choices.wordAs(disposer, i18n, queue, value -> value == null ? "" : i18n.get("tickets.queue." + value.name()));
        disposer.bind(search.promptTextProperty(), i18n.text("tickets.search"));
        disposer.bind(create.textProperty(), i18n.text("tickets.new"));
        disposer.bind(empty.textProperty(), i18n.text("tickets.empty"));
        disposer.bind(nothingOpen.textProperty(), i18n.text("tickets.nothingOpen"));
        columns.forEach((column, key) -> disposer.bind(column.textProperty(), i18n.text(key.titleKey())));
        EditorForm.showMessage(disposer, error, Bindings.concat(model.errors().general(), list.errors().general()));
        disposer.invalidated(model.termsProperty(), observable -> table.refresh());
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
        disposer.observe(model.besideProperty(), shown -> {
            ticketView.deactivate();
            newTicketView.deactivate();
            switch (shown) {
                case TICKET -> {
                    ticketView.activate();
                    beside.getChildren().setAll(ticketView.root());
                }
                case NEW_TICKET -> {
                    newTicketView.activate();
                    beside.getChildren().setAll(newTicketView.root());
                    newTicketView.focus();
                }
                case NOTHING -> beside.getChildren().setAll(nothingOpen);
            }
        });
        disposer.onDispose(() -> {
            ticketView.deactivate();
            newTicketView.deactivate();
        });
    }

    private <V> TableColumn<Ticket, V> column(TicketColumn key, Function<Ticket, V> value) {
        TableColumn<Ticket, V> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        table.getColumns().add(column);
        columns.put(column, key);
        return column;
    }

    /**
     * A header clicked: its column and direction to the list model, which sorts by one column. A third
     * click on a column takes it out of the table's sort order; the list always has an order, so that
     * click turns the direction. A shift-click adds a column to the table's order: the list keeps its
     * own, and the arrow goes back to it.
     */
    private void sortAsClicked() {
        TicketListModel list = model.list();
        TicketListModel.Sort now = list.sortProperty().get();
        if (table.getSortOrder().isEmpty()) {
            list.sortBy(now.column(), !now.descending());
        } else {
            TableColumn<Ticket, ?> first = table.getSortOrder().get(0);
            TicketColumn column = columns.get(first);
            if (column != null) {
                list.sortBy(column, first.getSortType() == TableColumn.SortType.DESCENDING);
            }
        }
        showSort(list.sortProperty().get());
    }

    /** The arrow on the column the list is sorted by. */
    private void showSort(TicketListModel.Sort sort) {
        columns.forEach((column, key) -> {
            TableColumn.SortType type = sort.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING;
            if (key != sort.column() || column.getSortType() == type && table.getSortOrder().equals(List.of(column))) {
                return;
            }
            showingSort = true;
            try {
                column.setSortType(type);
                table.getSortOrder().setAll(List.of(column));
            } finally {
                showingSort = false;
            }
        });
    }

    /**
     * The list's answer in the table in one change; the rows chosen stay chosen where their tickets
     * still are (bulk selection), the last one chosen again last, so it stays the table's chosen row.
     */
    private void showRows(List<Ticket> answer) {
        Ticket lastChosen = table.getSelectionModel().getSelectedItem();
        Set<Long> chosen = new HashSet<>();
        table.getSelectionModel().getSelectedItems().forEach(ticket -> chosen.add(ticket.id()));
        choosingAgain = true;
        try {
            rows.setAll(answer);
            if (chosen.isEmpty()) {
                return;
            }
            List<Integer> again = new ArrayList<>();
            int last = -1;
            for (int i = 0; i < answer.size(); i++) {
                long id = answer.get(i).id();
                if (lastChosen != null && id == lastChosen.id()) {
                    last = i;
                } else if (chosen.contains(id)) {
                    again.add(i);
                }
            }
            if (last >= 0) {
                again.add(last);
            }
            if (!again.isEmpty()) {
                table.getSelectionModel().selectIndices(again.get(0), again.stream().skip(1).mapToInt(Integer::intValue).toArray());
            }
        } finally {
            choosingAgain = false;
        }
    }

    private static <V> TableCell<Ticket, V> cell(Function<V, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(V item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : text.apply(item));
            }
        };
    }
}
