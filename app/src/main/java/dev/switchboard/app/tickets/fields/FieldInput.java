package dev.switchboard.app.tickets.fields;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the agent has put into one custom field, as they put it: text as typed (also for numbers and
 * days, so a wrong entry stays on the screen with its error), the choice of a dropdown, the options
 * of a multi-select, the tick of a checkbox. The field's type decides which part counts. FX thread.
 */
public final class FieldInput {

    /** Text, number and date fields as typed; the chosen option of a dropdown ("" for none). */
    public final StringProperty text = new SimpleStringProperty("");
    /** The options of a multi-select, in the field's order. */
    public final ObservableList<String> chosen = FXCollections.observableArrayList();
    /** A checkbox's tick; null while not set. */
    public final ObjectProperty<Boolean> checked = new SimpleObjectProperty<>();

    void clear() {
        text.set("");
        chosen.clear();
        checked.set(null);
    }

    void set(Object value) {
        clear();
        if (value instanceof Boolean tick) {
            checked.set(tick);
        } else if (value instanceof List<?> list) {
            list.forEach(option -> chosen.add(String.valueOf(option)));
        } else if (value instanceof Number number) {
            text.set(FieldValues.numberText(number));
        } else if (value != null) {
            text.set(String.valueOf(value));
        }
    }
}
