package dev.switchboard.app.sites;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.visitors.PrechatField.FieldType;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The pre-chat form editor: the fields in their order (drag one onto another, or Alt+Up/Down, or
 * the arrows), and the chosen field's key, kind, labels in both languages, whether it is required,
 * a choice's options and whether its answer feeds routing. Each part's error shows under it.
 */
final class PrechatEditorView extends View<HBox> {

    /** A dragged field's place in the list, inside this editor only. */
    private static final DataFormat FIELD_INDEX = new DataFormat("application/x-switchboard-prechat-field");
    private static final List<String> PARTS = List.of("key", "type", "label", "labelZh", "options");

    private final SiteEditorViewModel model;
    private final I18n i18n;
    private final HBox root = new HBox(12);
    private final ListView<FieldDraft> list = new ListView<>();
    private final Button add = button("prechatAdd", Material2AL.ADD);
    private final Button remove = button("prechatRemove", Material2AL.DELETE);
    private final Button up = button("prechatUp", Material2AL.ARROW_UPWARD);
    private final Button down = button("prechatDown", Material2AL.ARROW_DOWNWARD);
    private final Label listError = EditorForm.error("prechatFieldsError");
    private final TextField key = new TextField();
    private final ComboBox<FieldType> type = new ComboBox<>();
    private final TextField label = new TextField();
    private final TextField labelZh = new TextField();
    private final CheckBox required = new CheckBox();
    private final TextArea options = new TextArea();
    private final CheckBox routing = new CheckBox();
    private final Label optionsHint = new Label();
    private final List<Label> partErrors = new ArrayList<>();
    private final VBox detail = new VBox(8);
    private final List<Runnable> unbindField = new ArrayList<>();

    PrechatEditorView(SiteEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        list.setId("prechatFields");
        list.setPrefWidth(200);
        list.setItems(model.form().fields());
        list.setCellFactory(view -> new FieldCell());
        key.setId("prechatKey");
        type.setId("prechatType");
        type.getItems().setAll(FieldDraft.KINDS);
        label.setId("prechatLabel");
        labelZh.setId("prechatLabelZh");
        required.setId("prechatRequired");
        options.setId("prechatOptions");
        options.setPrefRowCount(4);
        routing.setId("prechatRouting");
        optionsHint.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
        optionsHint.setWrapText(true);
        String[] labelKeys = {"sites.field.key", "sites.field.type", "sites.field.label", "sites.field.labelZh", "sites.field.options"};
        javafx.scene.Node[] controls = {key, type, label, labelZh, new VBox(4, options, optionsHint)};
        type.setMaxWidth(Double.MAX_VALUE);
        // each part's name above it: the editor shares its width with the preview
        for (int i = 0; i < PARTS.size(); i++) {
            Label error = EditorForm.error("prechat-" + PARTS.get(i) + "Error");
            partErrors.add(error);
            Label name = new Label();
            name.setUserData(labelKeys[i]);
            name.setLabelFor(controls[i]);
            name.getStyleClass().add(Styles.TEXT_SMALL);
            detail.getChildren().add(new VBox(2, name, controls[i], error));
        }
        detail.getChildren().addAll(required, routing);
        HBox tools = new HBox(4, add, remove, up, down);
        VBox left = new VBox(6, list, tools, listError);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox.setHgrow(detail, Priority.ALWAYS);
        javafx.scene.control.ScrollPane detailScroll = new javafx.scene.control.ScrollPane(detail);
        detailScroll.setFitToWidth(true);
        HBox.setHgrow(detailScroll, Priority.ALWAYS);
        root.getChildren().setAll(left, detailScroll);
        root.setPadding(new Insets(12));
    }

    @Override
    public HBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        detail.getChildren().forEach(part -> {
            if (part instanceof VBox box && box.getChildren().get(0) instanceof Label name && name.getUserData() instanceof String labelKey) {
                disposer.bind(name.textProperty(), i18n.text(labelKey));
            }
        });
        disposer.bind(required.textProperty(), i18n.text("sites.field.required"));
        disposer.bind(routing.textProperty(), i18n.text("sites.field.routing"));
        disposer.bind(optionsHint.textProperty(), i18n.text("sites.field.optionsHint"));
        tooltip(disposer, add, "sites.field.add");
        tooltip(disposer, remove, "sites.field.remove");
        tooltip(disposer, up, "sites.field.up");
        tooltip(disposer, down, "sites.field.down");
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(FieldType kind) {
                return kind == null ? "" : i18n.get("sites.kind." + kind);
            }

            @Override
            public FieldType fromString(String text) {
                return null;
            }
        });
        add.setOnAction(event -> model.addField());
        remove.setOnAction(event -> model.removeField());
        up.setOnAction(event -> move(-1));
        down.setOnAction(event -> move(1));
        list.setOnKeyPressed(event -> {
            if (event.isAltDown() && (event.getCode() == KeyCode.UP || event.getCode() == KeyCode.DOWN)) {
                move(event.getCode() == KeyCode.UP ? -1 : 1);
                event.consume();
            }
        });
        disposer.onDispose(() -> {
            add.setOnAction(null);
            remove.setOnAction(null);
            up.setOnAction(null);
            down.setOnAction(null);
            list.setOnKeyPressed(null);
            unbindSelected();
        });
        disposer.observe(model.selectedFieldProperty(), field -> {
            if (list.getSelectionModel().getSelectedItem() != field) {
                list.getSelectionModel().select(field);
            }
            showField(field);
        });
        disposer.listen(list.getSelectionModel().selectedItemProperty(), (observable, before, field) -> {
            if (field != null) {
                model.selectedFieldProperty().set(field);
            }
        });
        FormErrors errors = model.errors();
        EditorForm.showMessage(disposer, listError, errors.field("prechat.fields"));
        for (int i = 0; i < PARTS.size(); i++) {
            Label error = partErrors.get(i);
            disposer.observe(error.textProperty(), text -> shown(error, text));
        }
    }

    private void move(int by) {
        FieldDraft field = model.selectedFieldProperty().get();
        if (field != null) {
            model.moveField(field, model.form().fields().indexOf(field) + by);
            list.getSelectionModel().select(field);
        }
    }

    /** Binds the detail controls to {@code field} and its errors to the field's place in the list. */
    private void showField(FieldDraft field) {
        unbindSelected();
        detail.setDisable(field == null);
        remove.setDisable(field == null);
        if (field == null) {
            return;
        }
        bindBoth(key.textProperty(), field.keyProperty());
        bindBoth(type.valueProperty(), field.typeProperty());
        bindBoth(label.textProperty(), field.labelProperty());
        bindBoth(labelZh.textProperty(), field.labelZhProperty());
        bindBoth(required.selectedProperty(), field.requiredProperty());
        bindBoth(options.textProperty(), field.optionsProperty());
        bindBoth(routing.selectedProperty(), field.routingProperty());
        Runnable choiceShown = () -> {
            boolean choice = field.typeProperty().get() != null && field.typeProperty().get().isChoice();
            options.setDisable(!choice);
            routing.setVisible(choice);
        };
        choiceShown.run();
        javafx.beans.InvalidationListener kind = changed -> choiceShown.run();
        field.typeProperty().addListener(kind);
        unbindField.add(() -> field.typeProperty().removeListener(kind));
        int index = model.form().fields().indexOf(field);
        for (int i = 0; i < PARTS.size(); i++) {
            Label error = partErrors.get(i);
            error.textProperty().bind(model.errors().field("prechat.fields[" + index + "]." + PARTS.get(i)));
            unbindField.add(() -> {
                error.textProperty().unbind();
                error.setText("");
            });
        }
    }

    private <T> void bindBoth(Property<T> control, Property<T> value) {
        control.bindBidirectional(value);
        unbindField.add(() -> control.unbindBidirectional(value));
    }

    private void unbindSelected() {
        unbindField.forEach(Runnable::run);
        unbindField.clear();
    }

    private void tooltip(Disposer disposer, Button button, String key) {
        javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip();
        disposer.bind(tip.textProperty(), i18n.text(key));
        button.setTooltip(tip);
    }

    private static void shown(Label label, String text) {
        boolean any = text != null && !text.isEmpty();
        label.setVisible(any);
        label.setManaged(any);
    }

    private static Button button(String id, org.kordamp.ikonli.Ikon icon) {
        Button button = new Button(null, new FontIcon(icon));
        button.setId(id);
        return button;
    }

    /** A field in the list: its label and key, its kind, whether required; dragged to reorder; marked while it has errors. */
    private final class FieldCell extends ListCell<FieldDraft> {

        FieldCell() {
            setOnDragDetected(event -> {
                if (getItem() != null) {
                    var board = startDragAndDrop(TransferMode.MOVE);
                    ClipboardContent content = new ClipboardContent();
                    content.put(FIELD_INDEX, getIndex());
                    board.setContent(content);
                    event.consume();
                }
            });
            setOnDragOver(event -> {
                if (getItem() != null && event.getDragboard().hasContent(FIELD_INDEX)) {
                    event.acceptTransferModes(TransferMode.MOVE);
                }
                event.consume();
            });
            setOnDragDropped(event -> {
                boolean done = getItem() != null && event.getDragboard().getContent(FIELD_INDEX) instanceof Integer from
                        && from >= 0 && from < model.form().fields().size();
                if (done) {
                    model.moveField(model.form().fields().get((Integer) event.getDragboard().getContent(FIELD_INDEX)), getIndex());
                }
                event.setDropCompleted(done);
                event.consume();
            });
        }

        @Override
        protected void updateItem(FieldDraft field, boolean empty) {
            super.updateItem(field, empty);
            if (empty || field == null) {
                setText(null);
                setGraphic(null);
                setId(null);
                return;
            }
            FieldType kind = field.typeProperty().get();
            setText(field.labelProperty().get() + " (" + field.keyProperty().get() + ") · " + (kind == null ? "" : i18n.get("sites.kind." + kind))
                    + (field.requiredProperty().get() ? " *" : "") + (field.routingProperty().get() && kind == FieldType.SELECT ? " ⇢" : ""));
            setGraphic(new FontIcon(field.routingProperty().get() && kind == FieldType.SELECT ? Material2MZ.SHUFFLE : Material2AL.DRAG_INDICATOR));
            setId("prechatField-" + field.keyProperty().get());
        }
    }
}
