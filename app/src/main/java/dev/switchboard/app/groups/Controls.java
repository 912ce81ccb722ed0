package dev.switchboard.app.groups;

import dev.switchboard.app.platform.Disposer;
import javafx.beans.property.Property;
import javafx.scene.control.TextField;

/** Small helpers the group editor's views share. */
final class Controls {

    private Controls() {
    }

    /** Keeps {@code control} and {@code model} equal both ways while the view is active. */
    static <T> void twoWay(Disposer disposer, Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        disposer.onDispose(() -> control.unbindBidirectional(model));
    }

    static TextField field(String id, int columns) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        return field;
    }
}
