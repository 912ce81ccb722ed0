package dev.switchboard.app.admin;

import dev.switchboard.app.platform.Disposer;
import javafx.beans.property.Property;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.TableView;

/**
 * An administration list's table: the view model's items in the order the column headers choose,
 * and the chosen item kept the same on both sides (a choice made by the view model shows in the
 * table; a row the admin picks becomes the view model's choice).
 */
public final class SortedSelection {

    private SortedSelection() {
    }

    public static <T> void bind(Disposer disposer, TableView<T> table, ObservableList<T> items, Property<T> selected) {
        SortedList<T> sorted = new SortedList<>(items);
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        disposer.onDispose(() -> {
            sorted.comparatorProperty().unbind();
            table.setItems(null);
        });
        disposer.observe(selected, chosen -> {
            if (chosen == null) {
                table.getSelectionModel().clearSelection();
            } else if (!chosen.equals(table.getSelectionModel().getSelectedItem())) {
                table.getSelectionModel().select(chosen);
            }
        });
        disposer.observe(table.getSelectionModel().selectedItemProperty(), chosen -> {
            if (chosen != null && !chosen.equals(selected.getValue())) {
                selected.setValue(chosen);
            }
        });
    }
}
