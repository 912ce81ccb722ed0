package dev.switchboard.app.tickets.fields;

import dev.switchboard.app.admin.EditorForm;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPatch;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.HPos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The custom fields that apply to a ticket, one row each with a control by type (a text field for
 * text, numbers and days, a choice box for a dropdown, check boxes for a multi-select and for a
 * checkbox), the field's error under it. The rows are made again when other fields apply (another
 * category, an administrator's change); the inputs live in the {@link CustomFieldEdits}, so what was
 * typed stays. Ids: the control of field {@code key} is {@code customField-<key>} (a multi-select's
 * boxes {@code customField-<key>-<n>}), its error {@code customFields.<key>Error}.
 */
public final class CustomFieldsForm extends View<VBox> {

    private final CustomFieldEdits form;
    private final FormErrors errors;
    private final I18n i18n;
    private final GridPane grid = new GridPane();
    private final VBox root = new VBox(grid);
    private Disposer rows = new Disposer();

    public CustomFieldsForm(CustomFieldEdits form, FormErrors errors, I18n i18n) {
        this.form = form;
        this.errors = errors;
        this.i18n = i18n;
        root.setId("customFields");
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(120);
        ColumnConstraints controls = new ColumnConstraints();
        controls.setHgrow(Priority.ALWAYS);
        controls.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, controls);
    }

    @Override
    public VBox root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.listenList(form.applicable(), (ListChangeListener<TicketField>) change -> build());
        disposer.invalidated(i18n.localeProperty(), observable -> build());
        disposer.onDispose(() -> {
            rows.dispose();
            grid.getChildren().clear();
        });
        build();
    }

    private void build() {
        rows.dispose();
        rows = new Disposer();
        grid.getChildren().clear();
        List<TicketField> fields = new ArrayList<>(form.applicable());
        root.setVisible(!fields.isEmpty());
        root.setManaged(!fields.isEmpty());
        int at = 0;
        for (TicketField field : fields) {
            Label label = new Label(field.name(i18n.locale()) + (field.required() ? " *" : ""));
            label.setWrapText(true);
            Node control = control(field, form.input(field.key()));
            label.setLabelFor(control);
            String name = TicketPatch.CUSTOM_FIELD_PREFIX + field.key();
            Label error = EditorForm.error(name + "Error");
            EditorForm.showMessage(rows, error, errors.field(name));
            grid.addRow(at++, label, new VBox(4, control, error));
        }
    }

    private Node control(TicketField field, FieldInput input) {
        String id = "customField-" + field.key();
        return switch (field.type()) {
            case TEXT, NUMBER, DATE -> {
                TextField text = new TextField();
                text.setId(id);
                if (field.type() == dev.switchboard.shared.tickets.FieldType.DATE) {
                    text.setPromptText(i18n.get("tickets.customField.datePrompt"));
                }
                rows.bindBidirectional(text.textProperty(), input.text);
                yield text;
            }
            case DROPDOWN -> {
                ComboBox<String> box = new ComboBox<>();
                box.setId(id);
                box.setMaxWidth(Double.MAX_VALUE);
                List<String> choices = new ArrayList<>(List.of(""));
                choices.addAll(field.options());
                box.getItems().setAll(choices);
                rows.bindBidirectional(box.valueProperty(), input.text);
                yield box;
            }
            case MULTI_SELECT -> {
                FlowPane boxes = new FlowPane(10, 6);
                boxes.setId(id);
                for (int i = 0; i < field.options().size(); i++) {
                    String option = field.options().get(i);
                    CheckBox box = new CheckBox(option);
                    box.setId(id + "-" + i);
                    box.setSelected(input.chosen.contains(option));
                    rows.listen(box.selectedProperty(), (observable, before, ticked) -> {
                        if (ticked && !input.chosen.contains(option)) {
                            input.chosen.add(option);
                        } else if (!ticked) {
                            input.chosen.remove(option);
                        }
                    });
                    rows.listenList(input.chosen, (ListChangeListener<String>) change -> box.setSelected(input.chosen.contains(option)));
                    boxes.getChildren().add(box);
                }
                yield boxes;
            }
            case CHECKBOX -> {
                CheckBox box = new CheckBox();
                box.setId(id);
                box.setSelected(Boolean.TRUE.equals(input.checked.get()));
                rows.listen(box.selectedProperty(), (observable, before, ticked) -> input.checked.set(ticked));
                rows.observe(input.checked, ticked -> box.setSelected(Boolean.TRUE.equals(ticked)));
                yield box;
            }
        };
    }
}
