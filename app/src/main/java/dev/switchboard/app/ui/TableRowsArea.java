package dev.switchboard.app.ui;

import java.util.Optional;
import javafx.geometry.BoundingBox;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TableView;

/** Where a table's rows lie in the scene (below its column headers): a page's place for alerts that hides no control. */
public final class TableRowsArea {

    private TableRowsArea() {
    }

    /** The rows' area as laid out now; empty while the table is not shown. */
    public static Optional<Bounds> inScene(TableView<?> table) {
        if (table.getScene() == null || !table.isVisible()) {
            return Optional.empty();
        }
        Bounds bounds = table.localToScene(table.getLayoutBounds());
        Node headers = table.lookup(".column-header-background");
        double top = headers == null ? 0 : headers.getLayoutBounds().getHeight();
        return Optional.of(new BoundingBox(bounds.getMinX(), bounds.getMinY() + top, bounds.getWidth(), Math.max(0, bounds.getHeight() - top)));
    }
}
