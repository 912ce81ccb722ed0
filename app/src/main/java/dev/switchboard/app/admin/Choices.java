package dev.switchboard.app.admin;

import java.util.function.Function;
import javafx.scene.control.ListCell;
import javafx.util.StringConverter;

/** How the choice boxes word their items in the reader's language, "any" (null) included. */
public final class Choices {

    private Choices() {
    }

    public static <T> StringConverter<T> words(Function<T, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(T value) {
                return text.apply(value);
            }

            @Override
            public T fromString(String string) {
                throw new UnsupportedOperationException("chosen from the list only");
            }
        };
    }

    /** A button cell that words null (any) too, as a ComboBox's own leaves it blank. */
    public static <T> ListCell<T> cell(StringConverter<T> converter) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? converter.toString(null) : converter.toString(item));
            }
        };
    }
}
