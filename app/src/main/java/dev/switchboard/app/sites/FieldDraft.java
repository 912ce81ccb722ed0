package dev.switchboard.app.sites;

import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatField.FieldType;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One pre-chat field as the administrator edits it. A choice that feeds routing is a SELECT with
 * {@code routing} on here and a QUESTION_TYPE on the wire; options are typed one per line; the
 * pattern, which the editor does not show, is kept as it came.
 */
public final class FieldDraft {

    /** The kinds offered in the editor, in its order: QUESTION_TYPE is a SELECT that feeds routing. */
    public static final List<FieldType> KINDS = List.of(FieldType.NAME, FieldType.LINE, FieldType.EMAIL, FieldType.PHONE,
            FieldType.SELECT, FieldType.TEXT);

    private final StringProperty key = new SimpleStringProperty("");
    private final ObjectProperty<FieldType> type = new SimpleObjectProperty<>(FieldType.LINE);
    private final StringProperty label = new SimpleStringProperty("");
    private final StringProperty labelZh = new SimpleStringProperty("");
    private final BooleanProperty required = new SimpleBooleanProperty();
    private final StringProperty options = new SimpleStringProperty("");
    private final BooleanProperty routing = new SimpleBooleanProperty();
    private final String pattern;

    FieldDraft(String pattern) {
        this.pattern = pattern;
    }

    static FieldDraft of(PrechatField field) {
        FieldDraft draft = new FieldDraft(field.pattern());
        draft.key.set(field.key() == null ? "" : field.key());
        draft.type.set(field.type() == FieldType.QUESTION_TYPE ? FieldType.SELECT : field.type());
        draft.routing.set(field.type() == FieldType.QUESTION_TYPE);
        draft.label.set(field.label() == null ? "" : field.label());
        draft.labelZh.set(field.labelZh() == null ? "" : field.labelZh());
        draft.required.set(field.required());
        draft.options.set(field.options() == null ? "" : String.join("\n", field.options()));
        return draft;
    }

    PrechatField toField() {
        boolean choice = type.get() != null && type.get().isChoice();
        List<String> lines = choice ? Arrays.stream(options.get().split("\\R")).map(String::strip).filter(line -> !line.isEmpty()).toList()
                : null;
        FieldType wire = type.get() == FieldType.SELECT && routing.get() ? FieldType.QUESTION_TYPE : type.get();
        String zh = labelZh.get().strip();
        return new PrechatField(key.get().strip(), wire, label.get().strip(), zh.isEmpty() ? null : zh, required.get(), lines, pattern);
    }

    public StringProperty keyProperty() {
        return key;
    }

    public ObjectProperty<FieldType> typeProperty() {
        return type;
    }

    public StringProperty labelProperty() {
        return label;
    }

    public StringProperty labelZhProperty() {
        return labelZh;
    }

    public BooleanProperty requiredProperty() {
        return required;
    }

    /** The options of a choice, one per line. */
    public StringProperty optionsProperty() {
        return options;
    }

    /** Whether this choice's answer is the question type routing rules read (one field at most). */
    public BooleanProperty routingProperty() {
        return routing;
    }
}
