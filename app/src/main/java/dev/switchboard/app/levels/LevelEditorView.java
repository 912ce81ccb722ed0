package dev.switchboard.app.levels;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.StaleEditPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.Property;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The form of one customer level; each refusal under its field. Read-only for supervisors. */
final class LevelEditorView extends View<BorderPane> {

    private final LevelEditorViewModel model;
    private final I18n i18n;
    private final BooleanBinding canEdit;
    private final Label title = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final TextField name = field("levelName");
    private final TextField queuePriority = field("levelPriority");
    private final Label priorityHint = new Label();
    private final TextField color = field("levelColor");
    private final Region swatch = new Region();
    private final TextField position = field("levelPosition");
    private final TextArea description = new TextArea();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final BorderPane root = new BorderPane();

    LevelEditorView(LevelEditorViewModel model, BooleanBinding canEdit) {
        this.model = model;
        this.i18n = model.i18n();
        this.canEdit = canEdit;
        this.stalePane = new StaleEditPane(model::reapply, model::takeTheirs);
        title.getStyleClass().add(Styles.TITLE_4);
        queuePriority.setPrefColumnCount(4);
        queuePriority.setMaxWidth(90);
        priorityHint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        priorityHint.setWrapText(true);
        color.setPrefColumnCount(8);
        color.setMaxWidth(120);
        swatch.setId("levelColorSwatch");
        swatch.setMinSize(22, 22);
        swatch.setMaxSize(22, 22);
        position.setMaxWidth(90);
        description.setId("levelDescription");
        description.setWrapText(true);
        description.setPrefRowCount(3);
        save.setId("levelSave");
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        HBox priorityRow = new HBox(8, queuePriority, priorityHint);
        priorityRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(priorityHint, Priority.ALWAYS);
        HBox colorRow = new HBox(8, color, swatch);
        colorRow.setAlignment(Pos.CENTER_LEFT);
        form.row("customerLevels.field.name", name, "name")
                .row("customerLevels.field.queuePriority", priorityRow, "queuePriority")
                .row("customerLevels.field.color", colorRow, "color")
                .row("customerLevels.field.position", position, "position")
                .row("customerLevels.field.description", description, "description");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(new VBox(8, stalePane.root(), form.root()));
        scroll.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(scroll);
        root.setId("customerLevelEditor");
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        form.bind(disposer, i18n, model.errors());
        stalePane.bind(disposer, i18n, model.staleProperty());
        disposer.bind(title.textProperty(), i18n.text(() -> i18n.get(model.editingProperty().get() == null
                ? "customerLevels.editor.new" : "customerLevels.editor.edit"), model.editingProperty()));
        disposer.bind(priorityHint.textProperty(), i18n.text("customerLevels.priority.hint"));
        disposer.bind(color.promptTextProperty(), i18n.text("customerLevels.color.prompt"));
        disposer.bind(position.promptTextProperty(), i18n.text("customerLevels.position.prompt"));
        disposer.bind(save.textProperty(), i18n.text("customerLevels.save"));
        bindBoth(disposer, name.textProperty(), model.nameProperty());
        bindBoth(disposer, queuePriority.textProperty(), model.queuePriorityProperty());
        bindBoth(disposer, color.textProperty(), model.colorProperty());
        bindBoth(disposer, position.textProperty(), model.positionProperty());
        bindBoth(disposer, description.textProperty(), model.descriptionProperty());
        // the colour as it will look, while what is typed is one; an empty frame otherwise
        disposer.observe(model.shownColor(), shown -> swatch.setStyle(shown == null
                ? "-fx-border-color: -color-border-default; -fx-border-radius: 4;"
                : "-fx-background-color: " + shown + "; -fx-background-radius: 4;"));
        var locked = canEdit.not().or(model.busyProperty());
        for (Control control : new Control[] {name, queuePriority, color, position, description, save}) {
            disposer.bind(control.disableProperty(), locked);
        }
    }

    private static <T> void bindBoth(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
