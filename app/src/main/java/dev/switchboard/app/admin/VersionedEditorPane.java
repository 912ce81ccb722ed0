package dev.switchboard.app.admin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The frame of a {@link VersionedEditor}'s view beside an admin list: its title ("new" or "edit")
 * and the save button on top, in sight while the form scrolls; under them the stale-version pane
 * ({@link StaleEditPane}) and the form ({@link EditorForm}), whose rows the section's editor view
 * adds. Bundle keys: {@code <plural>.editor.new}, {@code <plural>.editor.edit}, {@code <plural>.save}.
 */
public final class VersionedEditorPane {

    private final VersionedEditor<?, ?> model;
    private final String plural;
    private final Label title = new Label();
    private final StaleEditPane stalePane;
    private final EditorForm form = new EditorForm();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE));
    private final BorderPane root = new BorderPane();

    /**
     * @param plural the section's name for its items, e.g. {@code routingRules} (the bundle keys start with it)
     * @param id     the editor's id
     * @param saveId the save button's id
     */
    public VersionedEditorPane(VersionedEditor<?, ?> model, String plural, String id, String saveId) {
        this.model = model;
        this.plural = plural;
        this.stalePane = new StaleEditPane(model::reapply, model::takeTheirs);
        title.getStyleClass().add(Styles.TITLE_4);
        save.setId(saveId);
        save.getStyleClass().add(Styles.ACCENT);
        save.setOnAction(event -> model.save());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(8, title, spacer, save);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 0, 12));
        ScrollPane scroll = new ScrollPane(new VBox(8, stalePane.root(), form.root()));
        scroll.setFitToWidth(true);
        root.setTop(bar);
        root.setCenter(scroll);
        root.setId(id);
    }

    public BorderPane root() {
        return root;
    }

    /** The form, for the section's rows. */
    public EditorForm form() {
        return form;
    }

    /** The save button, for disabling it with the fields. */
    public Button save() {
        return save;
    }

    /** Binds the words to the language, and the messages and the stale versions to the editor. */
    public void bind(Disposer disposer, I18n i18n) {
        form.bind(disposer, i18n, model.errors());
        stalePane.bind(disposer, i18n, model.staleProperty());
        disposer.bind(title.textProperty(), i18n.text(() -> i18n.get(model.editingProperty().get() == null
                ? plural + ".editor.new" : plural + ".editor.edit"), model.editingProperty()));
        disposer.bind(save.textProperty(), i18n.text(plural + ".save"));
    }
}
