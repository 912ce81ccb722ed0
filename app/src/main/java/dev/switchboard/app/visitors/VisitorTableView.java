package dev.switchboard.app.visitors;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;
import javafx.util.Callback;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The live visitor table. Rows are immutable snapshots replaced in place; the time columns redraw
 * their own text once a second from the view model's clock, so ticking rebuilds no row. Sorting
 * is the view model's (the table only reports the clicked order), and the selection is restored
 * by visitor id after every change of the rows, since a replaced or moved row would lose it.
 * While the pointer is over the table its rows hold still (see {@link VisitorsViewModel#holdRows}).
 */
final class VisitorTableView extends View<TableView<VisitorRow>> {

    private static final PseudoClass LEFT = PseudoClass.getPseudoClass("left");
    private static final PseudoClass BLOCKED = PseudoClass.getPseudoClass("blocked");
    private static final double ROW_HEIGHT = 34;
    /** Status colours come from app.css, per status: {@code .visitor-status-cell:invited}. */
    private static final Map<VisitorStatus, PseudoClass> STATUS = statusPseudoClasses();

    private final VisitorsViewModel model;
    private final TableView<VisitorRow> table = new TableView<>();
    private final MenuItem inviteItem = new MenuItem(null, new FontIcon(Material2AL.CHAT_BUBBLE_OUTLINE));
    private final MenuItem blockItem = new MenuItem(null, new FontIcon(Material2AL.BLOCK));
    private boolean restoringSelection;

    VisitorTableView(VisitorsViewModel model, Runnable invite, Runnable block) {
        this.model = model;
        build();
        inviteItem.setOnAction(event -> invite.run());
        blockItem.setOnAction(event -> block.run());
    }

    @Override
    public TableView<VisitorRow> root() {
        return table;
    }

    private void build() {
        table.setId("visitorsTable");
        // A fixed height lets the table skip measuring rows: with 10,000 of them that matters.
        table.setFixedCellSize(ROW_HEIGHT);
        table.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        table.getStyleClass().addAll(Styles.STRIPED, "visitors-table");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.getColumns().addAll(List.of(
                column(VisitorColumn.PAGE, 210, 140, PageCell::new),
                column(VisitorColumn.SOURCE, 140, 110, ignored -> textCell(model.texts()::source)),
                column(VisitorColumn.KEYWORD, 100, 92, ignored -> textCell(row -> row.keyword() == null ? "" : row.keyword())),
                column(VisitorColumn.DEVICE, 180, 140, ignored -> textCell(model.texts()::device)),
                // Wide enough for the header and its sort arrow, in both languages.
                column(VisitorColumn.ON_SITE, 86, 84, ignored -> new ElapsedCell(model::onSiteText)),
                column(VisitorColumn.ON_PAGE, 86, 84, ignored -> new ElapsedCell(model::onPageText)),
                column(VisitorColumn.PAGES, 66, 62, ignored -> numberCell(row -> row.visitor().pagesViewed())),
                column(VisitorColumn.VISITS, 84, 80, ignored -> new VisitsCell()),
                column(VisitorColumn.STATUS, 110, 100, ignored -> new StatusCell())));
        table.setRowFactory(ignored -> new TableRow<>() {
            @Override
            protected void updateItem(VisitorRow row, boolean empty) {
                super.updateItem(row, empty);
                pseudoClassStateChanged(LEFT, !empty && row != null && row.status() == VisitorStatus.LEFT);
                pseudoClassStateChanged(BLOCKED, !empty && row != null && row.visitor().blocked());
            }
        });
        // The view model sorts; the table only tells it which columns the agent clicked.
        table.setSortPolicy(sorted -> {
            model.sortBy(sorted.getSortOrder().stream()
                    .map(column -> new SortKey((VisitorColumn) column.getUserData(), column.getSortType() == TableColumn.SortType.DESCENDING))
                    .toList());
            return true;
        });
        // Items and sort order stay for the table's life: a table given other items drops its sort order.
        table.setItems(model.rows());
        VisitorsViewModel.DEFAULT_SORT.forEach(key -> table.getColumns().stream()
                .filter(column -> column.getUserData() == key.column()).findFirst()
                .ifPresent(column -> {
                    column.setSortType(key.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                    table.getSortOrder().add(column);
                }));
        table.addEventFilter(MouseEvent.MOUSE_RELEASED, this::reverseInsteadOfUnsorting);
        table.setContextMenu(new ContextMenu(inviteItem, blockItem));
        inviteItem.setId("inviteMenuItem");
        blockItem.setId("blockMenuItem");
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        for (TableColumn<VisitorRow, ?> column : table.getColumns()) {
            disposer.bind(column.textProperty(), i18n.text(((VisitorColumn) column.getUserData()).textKey()));
        }
        disposer.bind(inviteItem.textProperty(), i18n.text("visitors.action.invite"));
        disposer.bind(blockItem.textProperty(), i18n.text("visitors.action.block"));
        disposer.bind(inviteItem.disableProperty(), model.canInvite().not());
        disposer.bind(blockItem.disableProperty(), model.canBlock().not());
        disposer.bind(table.placeholderProperty(), i18n.text("visitors.empty").map(Label::new));
        disposer.listen(table.getSelectionModel().selectedItemProperty(), (observable, before, now) -> {
            // Rows that move or are replaced make the table move or drop its selection; only the
            // agent's own picks count, and the selection goes back to their visitor afterwards.
            if (!restoringSelection && !model.rowsChanging()) {
                model.select(now);
            }
        });
        disposer.invalidated(model.refreshedProperty(), observable -> restoreSelection());
        disposer.observe(table.hoverProperty(), model::holdRows);
        // Source, device and status cells are translated when drawn: redraw them in the new language.
        disposer.invalidated(i18n.localeProperty(), observable -> table.refresh());
    }

    /**
     * A click on the header of the only sort column reverses it, however often: the table's own
     * third click would drop the sort and leave the rows in an order nobody chose.
     */
    private void reverseInsteadOfUnsorting(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
            return;
        }
        TableColumnBase<?, ?> clicked = null;
        for (Node node = event.getPickResult().getIntersectedNode(); node != null && node != table; node = node.getParent()) {
            if (node instanceof TableColumnHeader header) {
                clicked = header.getTableColumn();
                break;
            }
        }
        List<TableColumn<VisitorRow, ?>> sortOrder = table.getSortOrder();
        if (clicked != null && sortOrder.size() == 1 && sortOrder.get(0) == clicked
                && sortOrder.get(0).getSortType() == TableColumn.SortType.DESCENDING) {
            sortOrder.get(0).setSortType(TableColumn.SortType.ASCENDING);
            event.consume();
        }
    }

    /** Puts the selection back on the selected visitor's current row, wherever it is now. */
    private void restoreSelection() {
        VisitorRow wanted = model.selectedProperty().get();
        VisitorRow shown = table.getSelectionModel().getSelectedItem();
        if (wanted == shown) {
            return;
        }
        restoringSelection = true;
        try {
            int index = wanted == null ? -1 : indexOf(wanted.id());
            if (index < 0) {
                table.getSelectionModel().clearSelection();
            } else {
                table.getSelectionModel().clearAndSelect(index);
            }
        } finally {
            restoringSelection = false;
        }
    }

    private int indexOf(String id) {
        List<VisitorRow> rows = table.getItems();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    /** A column whose cells get the whole row; {@code minWidth} keeps its header and values readable. */
    private TableColumn<VisitorRow, VisitorRow> column(VisitorColumn which, double width, double minWidth,
                                                       Callback<TableColumn<VisitorRow, VisitorRow>, TableCell<VisitorRow, VisitorRow>> cells) {
        TableColumn<VisitorRow, VisitorRow> column = new TableColumn<>();
        column.setId("column-" + which.name());
        column.setUserData(which);
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(cells);
        return column;
    }

    private static Map<VisitorStatus, PseudoClass> statusPseudoClasses() {
        Map<VisitorStatus, PseudoClass> classes = new EnumMap<>(VisitorStatus.class);
        for (VisitorStatus status : VisitorStatus.values()) {
            classes.put(status, PseudoClass.getPseudoClass(status.name().toLowerCase(Locale.ROOT)));
        }
        return classes;
    }

    private static TableCell<VisitorRow, VisitorRow> textCell(Function<VisitorRow, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(VisitorRow row, boolean empty) {
                super.updateItem(row, empty);
                setText(empty || row == null ? null : text.apply(row));
            }
        };
    }

    private static TableCell<VisitorRow, VisitorRow> numberCell(Function<VisitorRow, Integer> number) {
        return new ValueCell() {
            @Override
            protected void updateItem(VisitorRow row, boolean empty) {
                super.updateItem(row, empty);
                show(empty || row == null ? null : String.valueOf(number.apply(row)));
            }
        };
    }

    /**
     * A cell that draws its short value with a text node of its own. A labeled cell re-adds and
     * restyles its children on every new text, and cells get new texts all the time: whenever rows
     * move, and every second for the running times. A text node only measures itself again.
     */
    private static class ValueCell extends TableCell<VisitorRow, VisitorRow> {
        private final Text value = new Text();

        ValueCell() {
            getStyleClass().add(Tweaks.ALIGN_RIGHT);
            value.getStyleClass().add("cell-value");
            // The cell's text colour follows the theme and the row's selection; the value follows it.
            value.fillProperty().bind(textFillProperty());
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setGraphic(value);
        }

        void show(String text) {
            value.setText(text == null ? "" : text);
        }
    }

    /** The page title, with the URL on hover. */
    private static final class PageCell extends TableCell<VisitorRow, VisitorRow> {
        private final Tooltip url = new Tooltip();

        PageCell(TableColumn<VisitorRow, VisitorRow> column) {
            url.setWrapText(true);
            url.setMaxWidth(600);
        }

        @Override
        protected void updateItem(VisitorRow row, boolean empty) {
            super.updateItem(row, empty);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
            } else {
                setText(row.pageTitle());
                url.setText(row.visitor().currentUrl());
                setTooltip(url);
            }
        }
    }

    /** A running time: redrawn on every tick of the clock, not rebuilt with its row. */
    private final class ElapsedCell extends ValueCell {
        private final Function<VisitorRow, String> text;
        // Held by the cell, weakly by the clock: cells the table discards can be collected.
        private final InvalidationListener tick = observable -> redraw();

        ElapsedCell(Function<VisitorRow, String> text) {
            this.text = text;
            model.nowProperty().addListener(new WeakInvalidationListener(tick));
        }

        @Override
        protected void updateItem(VisitorRow row, boolean empty) {
            super.updateItem(row, empty);
            redraw();
        }

        private void redraw() {
            VisitorRow row = isEmpty() ? null : getItem();
            show(row == null ? null : text.apply(row));
        }
    }

    /** The number of visits; returning visitors stand out. */
    private static final class VisitsCell extends ValueCell {
        private static final PseudoClass RETURNING = PseudoClass.getPseudoClass("returning");

        VisitsCell() {
            getStyleClass().add("visits-cell");
        }

        @Override
        protected void updateItem(VisitorRow row, boolean empty) {
            super.updateItem(row, empty);
            show(empty || row == null ? null : String.valueOf(row.visitor().visitCount()));
            pseudoClassStateChanged(RETURNING, !empty && row != null && row.returning());
        }
    }

    /**
     * The status in its colour, and a marker when the visitor is blocked. Drawn by nodes of its
     * own, like {@link ValueCell}: statuses change, and rows move.
     */
    private final class StatusCell extends TableCell<VisitorRow, VisitorRow> {
        private final Circle dot = new Circle(4);
        private final FontIcon blockedIcon = new FontIcon(Material2AL.BLOCK);
        private final Text status = new Text();
        private final Tooltip blockedTip = new Tooltip();

        StatusCell() {
            getStyleClass().add("visitor-status-cell");
            dot.getStyleClass().add("visitor-status-dot");
            blockedIcon.getStyleClass().add("blocked-marker");
            status.getStyleClass().add("cell-value");
            status.fillProperty().bind(textFillProperty());
            HBox content = new HBox(6, dot, blockedIcon, status);
            content.setAlignment(Pos.CENTER_LEFT);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setGraphic(content);
        }

        @Override
        protected void updateItem(VisitorRow row, boolean empty) {
            super.updateItem(row, empty);
            VisitorStatus shown = empty || row == null ? null : row.status();
            for (VisitorStatus each : VisitorStatus.values()) {
                pseudoClassStateChanged(STATUS.get(each), each == shown);
            }
            boolean blocked = shown != null && row.visitor().blocked();
            status.setText(shown == null ? "" : model.texts().status(shown));
            showOnly(dot, shown != null && !blocked);
            showOnly(blockedIcon, blocked);
            blockedTip.setText(model.i18n().get("visitors.blocked"));
            setTooltip(blocked ? blockedTip : null);
        }

        private void showOnly(Node node, boolean shownNow) {
            node.setVisible(shownNow);
            node.setManaged(shownNow);
        }
    }
}
