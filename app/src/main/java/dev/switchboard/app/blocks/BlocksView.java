package dev.switchboard.app.blocks;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.ConfirmBar;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.Property;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.transformation.SortedList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Blocks section: the blocks in force (searchable, sortable) with "lift" on top, and the form to block a visitor beside them. */
final class BlocksView extends View<BorderPane> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final BlocksViewModel model;
    private final I18n i18n;
    private final ZoneId zone;
    private final BorderPane root = new BorderPane();
    private final TextField search = new TextField();
    private final Button lift = new Button(null, new FontIcon(Material2AL.LOCK_OPEN));
    private final ConfirmBar confirm = new ConfirmBar("blockConfirm");
    private final Label listError = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final TableView<Block> table = new TableView<>();
    private final TableColumn<Block, String> visitor = new TableColumn<>();
    private final TableColumn<Block, String> address = new TableColumn<>();
    private final TableColumn<Block, String> reason = new TableColumn<>();
    private final TableColumn<Block, String> by = new TableColumn<>();
    private final TableColumn<Block, Instant> since = new TableColumn<>();
    private final TableColumn<Block, Instant> until = new TableColumn<>();
    private final Label empty = new Label();
    private final Label formTitle = new Label();
    private final EditorForm form = new EditorForm();
    private final TextField visitorId = new TextField();
    private final ComboBox<VisitorSummary> pick = new ComboBox<>();
    private final CheckBox blockAddress = new CheckBox();
    private final TextArea reasonText = new TextArea();
    private final ComboBox<Expiry> expiry = new ComboBox<>(FXCollections.observableArrayList(Expiry.values()));
    private final Button block = new Button(null, new FontIcon(Material2AL.BLOCK));

    BlocksView(BlocksViewModel model, ZoneId zone) {
        this.model = model;
        this.i18n = model.i18n();
        this.zone = zone;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("blocksSection");
        root.setPadding(new Insets(12));
        search.setId("blocksSearch");
        HBox.setHgrow(search, Priority.SOMETIMES);
        lift.setId("blockLift");
        lift.setOnAction(event -> confirm.ask(model.liftQuestion(), i18n.get("blocks.lift"), model::lift));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox actions = new HBox(8, search, spacer, lift);
        actions.setAlignment(Pos.CENTER_LEFT);
        listError.setId("blocksError");
        listError.getStyleClass().add(Styles.DANGER);
        listError.setWrapText(true);
        listError.managedProperty().bind(listError.visibleProperty());
        VBox top = new VBox(6, actions, confirm.root(), listError);
        top.setPadding(new Insets(0, 0, 8, 0));

        table.setId("blocksTable");
        visitor.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().visitorId()));
        address.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().ip() == null ? "" : cell.getValue().ip()));
        reason.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().reason()));
        by.setCellValueFactory(cell -> new ReadOnlyStringWrapper(cell.getValue().createdByName()));
        since.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().createdAt()));
        until.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(cell.getValue().expiresAt()));
        since.setCellFactory(column -> instantCell(instant -> instant == null ? "" : WHEN.format(instant.atZone(zone))));
        until.setCellFactory(column -> instantCell(instant -> instant == null ? i18n.get("blocks.untilLifted") : WHEN.format(instant.atZone(zone))));
        table.getColumns().setAll(List.of(visitor, address, reason, by, since, until));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(empty);
        empty.setWrapText(true);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(Block item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setId(isEmpty || item == null ? null : "block-" + item.id());
            }
        });

        formTitle.getStyleClass().add(Styles.TITLE_4);
        visitorId.setId("blockVisitorId");
        pick.setId("blockPickVisitor");
        pick.setMaxWidth(Double.MAX_VALUE);
        pick.setOnAction(event -> {
            if (pick.getValue() != null) {
                model.visitorIdProperty().set(pick.getValue().id());
            }
        });
        blockAddress.setId("blockAddress");
        blockAddress.setWrapText(true);
        reasonText.setId("blockReason");
        reasonText.setWrapText(true);
        reasonText.setPrefRowCount(3);
        expiry.setId("blockExpiry");
        expiry.setMaxWidth(Double.MAX_VALUE);
        block.setId("blockSave");
        block.getStyleClass().add(Styles.DANGER);
        block.setOnAction(event -> model.block());
        form.row("blocks.field.visitor", new VBox(4, visitorId, pick), "visitorId")
                .row("blocks.field.address", blockAddress, "blockIp")
                .row("blocks.field.reason", reasonText, "reason")
                .row("blocks.field.expiry", expiry, "expiresAt");
        VBox add = new VBox(8, formTitle, form.root(), block);
        add.setPadding(new Insets(0, 0, 0, 12));
        ScrollPane scroll = new ScrollPane(add);
        scroll.setFitToWidth(true);
        SplitPane split = new SplitPane(table, scroll);
        split.setDividerPositions(0.55);
        root.setTop(top);
        root.setCenter(split);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        SortedList<Block> sorted = new SortedList<>(model.shownBlocks());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        pick.setItems(model.visitors());
        disposer.onDispose(() -> {
            sorted.comparatorProperty().unbind();
            table.setItems(null);
            pick.setItems(null);
        });
        disposer.observe(model.selectedProperty(), chosen -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            } else if (!chosen.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(chosen);
            }
        });
        disposer.observe(table.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null && !chosen.equals(model.selectedProperty().get())) {
                model.selectedProperty().set(chosen);
            }
        });
        bindBoth(disposer, search.textProperty(), model.searchProperty());
        bindBoth(disposer, visitorId.textProperty(), model.visitorIdProperty());
        bindBoth(disposer, blockAddress.selectedProperty(), model.blockAddressProperty());
        bindBoth(disposer, reasonText.textProperty(), model.reasonProperty());
        bindBoth(disposer, expiry.valueProperty(), model.expiryProperty());
        form.bind(disposer, i18n, model.errors());
        confirm.bind(disposer, i18n);
        disposer.bind(lift.disableProperty(), model.selectedProperty().isNull());
        disposer.bind(block.disableProperty(), model.busyProperty());
        disposer.bind(listError.textProperty(), model.listErrors().general());
        disposer.bind(listError.visibleProperty(), Bindings.isNotEmpty(model.listErrors().general()));

        StringConverter<Expiry> expiries = Choices.words(e -> e == null ? "" : i18n.get("blocks.expiry." + e.name()));
        StringConverter<VisitorSummary> visitors = Choices.words(v -> v == null ? i18n.get("blocks.pickVisitor")
                : v.id() + " · " + (v.currentTitle() == null ? v.currentUrl() : v.currentTitle()));
        disposer.observe(i18n.localeProperty(), locale -> {
            expiry.setConverter(expiries);
            expiry.setButtonCell(Choices.cell(expiries));
            pick.setConverter(visitors);
            table.refresh();
        });
        disposer.bind(search.promptTextProperty(), i18n.text("blocks.search"));
        disposer.bind(lift.textProperty(), i18n.text("blocks.lift"));
        disposer.bind(empty.textProperty(), i18n.text("blocks.empty"));
        disposer.bind(formTitle.textProperty(), i18n.text("blocks.add.title"));
        disposer.bind(blockAddress.textProperty(), i18n.text("blocks.address.also"));
        disposer.bind(pick.promptTextProperty(), i18n.text("blocks.pickVisitor"));
        disposer.bind(block.textProperty(), i18n.text("blocks.add"));
        disposer.bind(visitor.textProperty(), i18n.text("blocks.column.visitor"));
        disposer.bind(address.textProperty(), i18n.text("blocks.column.address"));
        disposer.bind(reason.textProperty(), i18n.text("blocks.column.reason"));
        disposer.bind(by.textProperty(), i18n.text("blocks.column.by"));
        disposer.bind(since.textProperty(), i18n.text("blocks.column.since"));
        disposer.bind(until.textProperty(), i18n.text("blocks.column.until"));
        for (Control control : new Control[] {visitorId, pick, blockAddress, reasonText, expiry}) {
            disposer.bind(control.disableProperty(), model.busyProperty());
        }
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }

    private static javafx.scene.control.TableCell<Block, Instant> instantCell(Function<Instant, String> text) {
        return new javafx.scene.control.TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : text.apply(item));
            }
        };
    }
}
