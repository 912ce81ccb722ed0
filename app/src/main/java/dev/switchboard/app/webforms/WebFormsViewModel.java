package dev.switchboard.app.webforms;

import dev.switchboard.app.admin.AdminList;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The Web forms section: the forms visitors fill at {@code /forms/<key>}, searchable, the chosen
 * one's editor, and removing one. Followed through the change log ({@link AdminList}), so another
 * administrator's change shows at once. Administrators only (the backend refuses everyone else). FX thread.
 */
public final class WebFormsViewModel {

    private final WebFormsApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final ReadOnlyObjectProperty<TeamSnapshot> team;
    private final WebFormEditorViewModel editor;
    private final AdminList<WebForm> forms;

    WebFormsViewModel(WebFormsApi api, EntityChanges changes, I18n i18n, ReadOnlyObjectProperty<TeamSnapshot> team, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.team = team;
        this.editor = new WebFormEditorViewModel(api, i18n, team, fx, this::saved);
        this.forms = new AdminList<>(i18n, fx, api::list, WebForm::id,
                form -> form.key() + " " + form.title() + " " + form.site() + " " + categoryOf(form) + " " + groupOf(form), editor);
    }

    public void activate(Disposer disposer) {
        editor.readChoices();
        forms.activate(disposer, changes);
    }

    public AdminList<WebForm> forms() {
        return forms;
    }

    public WebFormEditorViewModel editor() {
        return editor;
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<TeamSnapshot> team() {
        return team;
    }

    public String groupOf(WebForm form) {
        if (form.groupId() == null) {
            return "";
        }
        Group group = team.get() == null ? null : team.get().groups().get(form.groupId());
        return group == null ? "#" + form.groupId() : group.name();
    }

    public String categoryOf(WebForm form) {
        TicketCategory category = editor.category(form.categoryId());
        return category == null ? "" : category.name(i18n.locale());
    }

    /** The form's path on the backend, as visitors open it. */
    public String pathOf(WebForm form) {
        return "/forms/" + form.key();
    }

    public void newForm() {
        forms.newItem();
    }

    public void delete() {
        WebForm form = forms.selectedProperty().get();
        if (form == null) {
            return;
        }
        forms.change(api.delete(form.id()), done -> {
            newForm();
            forms.reload();
        });
    }

    public String deleteQuestion() {
        WebForm form = forms.selectedProperty().get();
        return form == null ? "" : i18n.get("webForms.delete.question", form.key());
    }

    private void saved(WebForm form) {
        forms.reloadChoosing(form.id());
    }
}
