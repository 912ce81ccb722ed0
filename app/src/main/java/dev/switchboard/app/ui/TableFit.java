package dev.switchboard.app.ui;

import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/**
 * A table whose columns share its width while they all fit at their minimum widths, and keep those
 * widths with a horizontal scroll bar when the table gets narrower (a panel opened beside it), so
 * that no header shrinks to "Lo…". FX thread.
 */
public final class TableFit {

    private TableFit() {
    }

    public static void fitOrScroll(TableView<?> table) {
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        table.widthProperty().addListener((observable, before, width) -> {
            double needed = table.getColumns().stream().filter(TableColumn::isVisible).mapToDouble(TableColumn::getMinWidth).sum()
                    + table.getInsets().getLeft() + table.getInsets().getRight();
            boolean fits = width.doubleValue() >= needed;
            if (fits && table.getColumnResizePolicy() != TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS) {
                table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
            } else if (!fits && table.getColumnResizePolicy() != TableView.UNCONSTRAINED_RESIZE_POLICY) {
                table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
            }
        });
    }
}
