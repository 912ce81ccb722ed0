package dev.switchboard.app.tickets;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.admin.Choices;
import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.tickets.fields.CustomFieldsForm;
import dev.switchboard.shared.tickets.TicketPriority;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/**
 * The form for a new ticket, each field's error under it. Ids: {@code newTicketSubject},
 * {@code newTicketDescription}, {@code newTicketName}, {@code newTicketEmail}, {@code newTicketPhone},
 * {@code newTicketCategory}, {@code newTicketPriority}, {@code newTicketGroup}, {@code newTicketCreate};
 * errors {@code subjectError}, {@code requesterError}, {@code requester.emailError}, ... (see {@link EditorForm}).
 */
final class NewTicketView extends View<ScrollPane> {

    private final NewTicketModel model;
    private final ObjectProperty<TicketTerms> terms;
    private final I18n i18n;
    private final Label title = new Label();
    private final EditorForm form = new EditorForm();
    private final TextField subject = new TextField();
    private final TextArea description = new TextArea();
    private final TextField name = new TextField();
    private final TextField email = new TextField();
    private final TextField phone = new TextField();
    private final Label contactError = EditorForm.error("requesterError");
    private final ComboBox<Pick> category = new ComboBox<>();
    private final ComboBox<TicketPriority> priority = new ComboBox<>();
    private final ComboBox<Pick> group = new ComboBox<>();
    private final Button create = new Button();
    private final ScrollPane root;
    private final CustomFieldsForm customFields;

    NewTicketView(NewTicketModel model, ObjectProperty<TicketTerms> terms, I18n i18n) {
        this.model = model;
        this.terms = terms;
        this.i18n = i18n;
        subject.setId("newTicketSubject");
        description.setId("newTicketDescription");
        description.setWrapText(true);
        description.setPrefRowCount(5);
        name.setId("newTicketName");
        email.setId("newTicketEmail");
        phone.setId("newTicketPhone");
        category.setId("newTicketCategory");
        priority.setId("newTicketPriority");
        priority.getItems().setAll(TicketPriority.values());
        group.setId("newTicketGroup");
        for (ComboBox<?> box : List.of(category, priority, group)) {
            box.setMaxWidth(Double.MAX_VALUE);
        }
        create.setId("newTicketCreate");
        create.getStyleClass().add(Styles.ACCENT);
        create.setOnAction(event -> model.create());
        title.getStyleClass().add(Styles.TITLE_4);
        form.row("tickets.field.subject", subject, "subject")
                .row("tickets.field.description", description, "description")
                .row("tickets.field.requesterName", name, "requester.name")
                .row("tickets.field.requesterEmail", email, "requester.email")
                .row("tickets.field.requesterPhone", new VBox(4, phone, contactError), "requester.phone")
                .row("tickets.field.categoryId", category, "categoryId")
                .row("tickets.field.priority", priority, "priority")
                .row("tickets.field.groupId", group, "groupId");
        customFields = new CustomFieldsForm(model.custom(), model.errors(), i18n);
        customFields.root().setPadding(new Insets(0, 12, 0, 12));
        VBox content = new VBox(8, title, form.root(), customFields.root(), create);
        content.setPadding(new Insets(0, 0, 0, 12));
        root = new ScrollPane(content);
        root.setId("newTicketForm");
        root.setFitToWidth(true);
    }

    @Override
    public ScrollPane root() {
        return root;
    }

    /** Puts the cursor in the subject. */
    void focus() {
        subject.requestFocus();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bindBidirectional(subject.textProperty(), model.subject);
        disposer.bindBidirectional(description.textProperty(), model.description);
        disposer.bindBidirectional(name.textProperty(), model.requesterName);
        disposer.bindBidirectional(email.textProperty(), model.requesterEmail);
        disposer.bindBidirectional(phone.textProperty(), model.requesterPhone);
        disposer.bindBidirectional(category.valueProperty(), model.category);
        disposer.bindBidirectional(priority.valueProperty(), model.priority);
        disposer.bindBidirectional(group.valueProperty(), model.group);
        form.bind(disposer, i18n, model.errors());
        // "requester" (no contact at all) belongs to the contacts, shown under the last of them
        EditorForm.showMessage(disposer, contactError, model.errors().field("requester"));
        Choices.wordAs(disposer, i18n, priority, value -> terms.get().priority(value, i18n));
        Choices.wordAs(disposer, i18n, group, pick -> pick == null || pick.id() == null ? i18n.get("tickets.none") : terms.get().group(pick.id()));
        Choices.wordAs(disposer, i18n, category,
                pick -> pick == null || pick.id() == null ? i18n.get("tickets.none") : terms.get().category(pick.id(), i18n));
        disposer.observe(terms, now -> {
            List<Pick> groups = new ArrayList<>(List.of(Pick.NONE));
            now.team().groups().keySet().forEach(id -> groups.add(Pick.of(id)));
            Pick chosenGroup = group.getValue();
            group.getItems().setAll(groups);
            group.setValue(chosenGroup);
            List<Pick> categories = new ArrayList<>(List.of(Pick.NONE));
            now.enabledCategories().forEach(c -> categories.add(Pick.of(c.id())));
            Pick chosenCategory = category.getValue();
            category.getItems().setAll(categories);
            category.setValue(chosenCategory);
        });
        disposer.bind(title.textProperty(), i18n.text("tickets.new.title"));
        disposer.bind(create.textProperty(), i18n.text("tickets.new.create"));
        disposer.bind(create.disableProperty(), model.busyProperty());
        customFields.activate();
        disposer.onDispose(customFields::deactivate);
    }
}
