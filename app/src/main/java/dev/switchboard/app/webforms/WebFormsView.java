package dev.switchboard.app.webforms;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.AdminListView;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/** The Web forms section: search and actions on top, the forms on the left (sortable), the chosen one's editor on the right. */
final class WebFormsView extends View<BorderPane> {

    private final WebFormsViewModel model;
    private final I18n i18n;
    private final AdminListView<WebForm> list = new AdminListView<>("webForms", "webForm", WebForm::id);
    private final Button newForm = new Button(null, new FontIcon(Material2AL.ADD));
    private final Button delete = new Button(null, new FontIcon(Material2AL.DELETE));
    private final WebFormEditorView editor;

    WebFormsView(WebFormsViewModel model) {
        this.model = model;
        this.i18n = model.i18n();
        this.editor = new WebFormEditorView(model.editor(), i18n);
        build();
    }

    @Override
    public BorderPane root() {
        return list.root();
    }

    private void build() {
        newForm.setId("webFormNew");
        newForm.getStyleClass().add(Styles.ACCENT);
        newForm.setOnAction(event -> model.newForm());
        delete.setId("webFormDelete");
        delete.getStyleClass().add(Styles.DANGER);
        delete.setOnAction(event -> list.confirm().ask(model.deleteQuestion(), i18n.get("webForms.delete"), model::delete));
        list.actions(List.of(newForm), List.of(delete));
        list.column("webForms.column.title", WebForm::title).setPrefWidth(160);
        list.column("webForms.column.address", model::pathOf).setPrefWidth(130);
        list.column("webForms.column.site", WebForm::site).setPrefWidth(70);
        list.column("webForms.column.category", model::categoryOf).setPrefWidth(90);
        list.column("webForms.column.group", model::groupOf).setPrefWidth(100);
        list.column("webForms.column.enabled", form -> form.enabled() ? "✓" : "–").setPrefWidth(50);
        list.dimWhen(form -> !form.enabled());
        list.beside(editor.root(), 0.5);
    }

    @Override
    protected void onActivate(Disposer disposer) {
        model.activate(disposer);
        list.bind(disposer, i18n, model.forms());
        disposer.bind(delete.disableProperty(), model.forms().selectedProperty().isNull());
        disposer.bind(newForm.textProperty(), i18n.text("webForms.new"));
        disposer.bind(delete.textProperty(), i18n.text("webForms.delete"));
        disposer.invalidated(model.team(), observable -> list.table().refresh());
        // the category column names categories read after the list
        disposer.listenList(model.editor().categories(), change -> list.table().refresh());
        editor.activate();
        disposer.onDispose(editor::deactivate);
    }
}
