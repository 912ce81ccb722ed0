package dev.switchboard.app.blocks;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.AdminListView;
import dev.switchboard.app.admin.Choices;
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
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
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
    private final AdminListView<Block> list = new AdminListView<>("blocks", "block", Block::id);
    private final Button lift = new Button(null, new FontIcon(Material2AL.LOCK_OPEN));
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
        return list.root();
    }

    private void build() {
        lift.setId("blockLift");
        lift.setOnAction(event -> list.confirm().ask(model.liftQuestion(), i18n.get("blocks.lift"), model::lift));
        list.actions(List.of(), List.of(lift));
        list.column("blocks.column.visitor", Block::visitorId);
        list.column("blocks.column.address", block -> block.ip() == null ? "" : block.ip());
        list.column("blocks.column.reason", Block::reason);
        list.column("blocks.column.by", Block::createdByName);
        list.column("blocks.column.since", Block::createdAt)
                .setCellFactory(column -> instantCell(instant -> instant == null ? "" : WHEN.format(instant.atZone(zone))));
        list.column("blocks.column.until", Block::expiresAt)
                .setCellFactory(column -> instantCell(instant -> instant == null ? i18n.get("blocks.untilLifted") : WHEN.format(instant.atZone(zone))));

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
        list.beside(scroll, 0.55);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        list.bind(disposer, i18n, model.blocks());
        pick.setItems(model.visitors());
        disposer.onDispose(() -> pick.setItems(null));
        disposer.bindBidirectional(visitorId.textProperty(), model.visitorIdProperty());
        disposer.bindBidirectional(blockAddress.selectedProperty(), model.blockAddressProperty());
        disposer.bindBidirectional(reasonText.textProperty(), model.reasonProperty());
        disposer.bindBidirectional(expiry.valueProperty(), model.expiryProperty());
        form.bind(disposer, i18n, model.errors());
        disposer.bind(lift.disableProperty(), model.blocks().selectedProperty().isNull());
        disposer.bind(block.disableProperty(), model.busyProperty());

        Choices.wordAs(disposer, i18n, expiry, e -> e == null ? "" : i18n.get("blocks.expiry." + e.name()));
        StringConverter<VisitorSummary> visitors = Choices.words(v -> v == null ? i18n.get("blocks.pickVisitor")
                : v.id() + " · " + (v.currentTitle() == null ? v.currentUrl() : v.currentTitle()));
        disposer.observe(i18n.localeProperty(), locale -> pick.setConverter(visitors));
        disposer.bind(lift.textProperty(), i18n.text("blocks.lift"));
        disposer.bind(formTitle.textProperty(), i18n.text("blocks.add.title"));
        disposer.bind(blockAddress.textProperty(), i18n.text("blocks.address.also"));
        disposer.bind(pick.promptTextProperty(), i18n.text("blocks.pickVisitor"));
        disposer.bind(block.textProperty(), i18n.text("blocks.add"));
        for (Control control : new Control[] {visitorId, pick, blockAddress, reasonText, expiry}) {
            disposer.bind(control.disableProperty(), model.busyProperty());
        }
    }

    private static TableCell<Block, Instant> instantCell(Function<Instant, String> text) {
        return new TableCell<>() {
            @Override
            protected void updateItem(Instant item, boolean isEmpty) {
                super.updateItem(item, isEmpty);
                setText(isEmpty ? null : text.apply(item));
            }
        };
    }
}
