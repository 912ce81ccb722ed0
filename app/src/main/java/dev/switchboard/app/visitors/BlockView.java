package dev.switchboard.app.visitors;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The block dialog's content. */
final class BlockView extends View<VBox> {

    private final BlockViewModel model;
    private final Runnable close;
    private final VBox root = new VBox(12);
    private final Label title = new Label();
    private final Label visitor = new Label();
    private final Label reasonLabel = new Label();
    private final TextArea reason = new TextArea();
    private final Label reasonRequired = new Label();
    private final CheckBox blockAddress = new CheckBox();
    private final Label addressHint = new Label();
    private final Label expiryLabel = new Label();
    private final ComboBox<BlockExpiry> expiry = new ComboBox<>();
    private final Label error = new Label(null, new FontIcon(Material2AL.ERROR_OUTLINE));
    private final Button cancel = new Button();
    private final Button confirm = new Button(null, new FontIcon(Material2AL.BLOCK));

    BlockView(BlockViewModel model, Runnable close) {
        this.model = model;
        this.close = close;
        build();
    }

    @Override
    public VBox root() {
        return root;
    }

    private void build() {
        root.setId("blockDialog");
        root.setPadding(new Insets(20));
        root.setPrefWidth(460);
        title.getStyleClass().add(Styles.TITLE_3);
        visitor.getStyleClass().add(Styles.TEXT_MUTED);
        visitor.setWrapText(true);
        visitor.setText(model.visitorText());
        reason.setId("blockReason");
        reason.setWrapText(true);
        reason.setPrefRowCount(3);
        reasonLabel.setLabelFor(reason);
        reasonRequired.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.WARNING);
        blockAddress.setId("blockAddress");
        addressHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        addressHint.setWrapText(true);
        expiry.setId("blockExpiry");
        expiry.getItems().setAll(model.expiryChoices());
        expiryLabel.setLabelFor(expiry);
        error.setId("blockError");
        error.getStyleClass().addAll(Styles.DANGER, "dialog-error");
        error.setWrapText(true);
        cancel.setId("blockCancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> close.run());
        confirm.setId("blockConfirm");
        confirm.getStyleClass().add(Styles.DANGER);
        confirm.setOnAction(event -> model.block());
        HBox buttons = new HBox(8, cancel, confirm);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox expiryLine = new HBox(12, expiryLabel, expiry);
        expiryLine.setAlignment(Pos.CENTER_LEFT);
        root.getChildren().addAll(title, visitor, reasonLabel, reason, reasonRequired, blockAddress, addressHint, expiryLine,
                error, buttons);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        I18n i18n = model.i18n();
        disposer.bind(title.textProperty(), i18n.text("visitors.block.title"));
        disposer.bind(reasonLabel.textProperty(), i18n.text("visitors.block.reason"));
        disposer.bind(reasonRequired.textProperty(), i18n.text("visitors.block.reasonRequired"));
        disposer.bind(blockAddress.textProperty(), i18n.text("visitors.block.address"));
        disposer.bind(addressHint.textProperty(), i18n.text("visitors.block.address.hint"));
        disposer.bind(expiryLabel.textProperty(), i18n.text("visitors.block.expiry"));
        disposer.bind(cancel.textProperty(), i18n.text("visitors.dialog.cancel"));
        disposer.bind(confirm.textProperty(), i18n.text("visitors.block.confirm"));
        disposer.observe(i18n.localeProperty(), locale -> expiry.setConverter(new StringConverter<>() {
            @Override
            public String toString(BlockExpiry choice) {
                return choice == null ? "" : model.expiryText(choice);
            }

            @Override
            public BlockExpiry fromString(String text) {
                return null;
            }
        }));
        reason.textProperty().bindBidirectional(model.reasonProperty());
        blockAddress.selectedProperty().bindBidirectional(model.blockAddressProperty());
        expiry.valueProperty().bindBidirectional(model.expiryProperty());
        disposer.onDispose(() -> {
            reason.textProperty().unbindBidirectional(model.reasonProperty());
            blockAddress.selectedProperty().unbindBidirectional(model.blockAddressProperty());
            expiry.valueProperty().unbindBidirectional(model.expiryProperty());
        });
        // Only shown or hidden, never taken out of the layout: the dialog keeps its size as the agent types.
        disposer.bind(reasonRequired.visibleProperty(), model.reasonMissing());
        disposer.bind(confirm.disableProperty(), model.canBlock().not());
        disposer.bind(reason.disableProperty(), model.busyProperty());
        disposer.bind(error.textProperty(), model.errorProperty());
        disposer.observe(model.errorProperty(), text -> {
            error.setVisible(!text.isEmpty());
            error.setManaged(!text.isEmpty());
            // The dialog was sized without the error: let it grow rather than cut the reason off.
            if (root.getScene() != null && root.getScene().getWindow() != null) {
                root.getScene().getWindow().sizeToScene();
            }
        });
        disposer.observe(model.blockedProperty(), blocked -> {
            if (blocked) {
                close.run();
            }
        });
    }
}
