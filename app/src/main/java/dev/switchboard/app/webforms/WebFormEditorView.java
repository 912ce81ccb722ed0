package dev.switchboard.app.webforms;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.VersionedEditorPane;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.tickets.TicketCategory;
import dev.switchboard.shared.tickets.TicketField;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The form of one web form, each refusal under its field; for a saved form, its public address
 * with a button that copies it (to put on the site or send to customers).
 */
final class WebFormEditorView extends View<BorderPane> {

    private final WebFormEditorViewModel model;
    private final I18n i18n;
    private final VersionedEditorPane pane;
    private final TextField key = field("webFormKey");
    private final ComboBox<String> site = new ComboBox<>();
    private final TextField title = field("webFormTitle");
    private final ComboBox<Long> category = new ComboBox<>();
    private final ListView<TicketField> fields = new ListView<>();
    private final ComboBox<Group> group = new ComboBox<>();
    private final CheckBox enabled = new CheckBox();
    private final TextField url = field("webFormUrl");
    private final Button copy = new Button(null, new FontIcon(Material2AL.CONTENT_COPY));
    private final HBox address = new HBox(6, url, copy);

    WebFormEditorView(WebFormEditorViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        this.pane = new VersionedEditorPane(model, "webForms", "webFormEditor", "webFormSave");
        site.setId("webFormSite");
        site.setItems(model.sites());
        category.setId("webFormCategory");
        category.setItems(model.categories());
        fields.setId("webFormFields");
        fields.setItems(model.applicableFields());
        fields.setPrefHeight(140);
        group.setId("webFormGroup");
        enabled.setId("webFormEnabled");
        url.setEditable(false);
        HBox.setHgrow(url, Priority.ALWAYS);
        copy.setId("webFormUrlCopy");
        copy.getStyleClass().add(Styles.FLAT);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(url.getText());
            Clipboard.getSystemClipboard().setContent(content);
        });
        address.setAlignment(Pos.CENTER_LEFT);
        for (Control control : new Control[] {site, category, group}) {
            control.setMaxWidth(Double.MAX_VALUE);
        }
        pane.form().row("webForms.field.key", key, "key")
                .row("webForms.field.url", address, null)
                .row("webForms.field.title", title, "title")
                .row("webForms.field.site", site, "site")
                .row("webForms.field.enabled", enabled, "enabled")
                .row("webForms.field.category", category, "categoryId")
                .row("webForms.field.fields", fields, "fieldKeys")
                .row("webForms.field.group", group, "groupId");
    }

    @Override
    public BorderPane root() {
        return pane.root();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        pane.bind(disposer, i18n);
        pane.form().showRowWhile(disposer, address, Bindings.isNotEmpty(model.publicUrlProperty()));
        disposer.bind(enabled.textProperty(), i18n.text("webForms.enabled.on"));
        disposer.bind(copy.textProperty(), i18n.text("webForms.url.copy"));
        disposer.bind(key.promptTextProperty(), i18n.text("webForms.key.prompt"));
        disposer.bind(url.textProperty(), model.publicUrlProperty());
        Label noFields = new Label();
        noFields.setWrapText(true);
        disposer.bind(noFields.textProperty(), i18n.text("webForms.fields.none"));
        fields.setPlaceholder(noFields);

        disposer.bindBidirectional(key.textProperty(), model.keyProperty());
        disposer.bindBidirectional(site.valueProperty(), model.siteProperty());
        disposer.bindBidirectional(title.textProperty(), model.titleProperty());
        disposer.bindBidirectional(category.valueProperty(), model.categoryProperty());
        disposer.bindBidirectional(group.valueProperty(), model.groupProperty());
        disposer.bindBidirectional(enabled.selectedProperty(), model.enabledProperty());

        // category names in the reader's language, and again once the categories are read
        disposer.observe(i18n.localeProperty(), locale -> wordCategories());
        disposer.listenList(model.categories(), change -> wordCategories());
        disposer.observe(i18n.localeProperty(), locale -> fields.setCellFactory(CheckBoxListCell.forListView(
                field -> model.askedProperty(field.key()), fieldWords())));
        Choices.groupsOrNone(disposer, i18n, group, model.team(), model.groupProperty(), "webForms.none");
        for (Control control : new Control[] {key, site, title, category, fields, group, enabled, pane.save()}) {
            disposer.bind(control.disableProperty(), model.busyProperty());
        }
    }

    private void wordCategories() {
        StringConverter<Long> converter = Choices.words(id -> {
            if (id == null) {
                return i18n.get("webForms.none");
            }
            TicketCategory chosen = model.category(id);
            return chosen == null ? "#" + id : chosen.name(i18n.locale());
        });
        category.setConverter(converter);
        category.setButtonCell(Choices.cell(converter));
    }

    private StringConverter<TicketField> fieldWords() {
        return Choices.words(field -> field == null ? "" : ("zh".equals(i18n.locale().getLanguage()) ? field.nameZh() : field.name())
                + " (" + field.key() + ")" + (field.required() ? " · " + i18n.get("webForms.fields.required") : ""));
    }

    private static TextField field(String id) {
        TextField field = new TextField();
        field.setId(id);
        return field;
    }
}
