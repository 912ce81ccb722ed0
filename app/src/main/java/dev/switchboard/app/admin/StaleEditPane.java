package dev.switchboard.app.admin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Shown above an editor while its save is refused as stale ({@link StaleEdit}): the current
 * version and the admin's, and the two ways on. Hidden while there is nothing stale.
 */
public final class StaleEditPane {

    private final Label title = new Label();
    private final Label theirsLabel = new Label();
    private final Label yoursLabel = new Label();
    private final TextArea theirs = readOnly("staleTheirs");
    private final TextArea yours = readOnly("staleYours");
    private final Button reapply = new Button();
    private final Button takeTheirs = new Button();
    private final VBox root;

    public StaleEditPane(Runnable onReapply, Runnable onTakeTheirs) {
        title.getStyleClass().add(Styles.TEXT_BOLD);
        title.setWrapText(true);
        reapply.setId("staleReapply");
        reapply.getStyleClass().add(Styles.ACCENT);
        reapply.setOnAction(event -> onReapply.run());
        takeTheirs.setId("staleTakeTheirs");
        takeTheirs.setOnAction(event -> onTakeTheirs.run());
        GridPane versions = new GridPane();
        versions.setHgap(8);
        versions.addRow(0, theirsLabel, yoursLabel);
        versions.addRow(1, theirs, yours);
        GridPane.setHgrow(theirs, Priority.ALWAYS);
        GridPane.setHgrow(yours, Priority.ALWAYS);
        root = new VBox(8, title, versions, new HBox(8, reapply, takeTheirs));
        root.setId("staleEdit");
        root.setPadding(new Insets(10));
        root.getStyleClass().add("stale-edit");
        root.setVisible(false);
        root.setManaged(false);
    }

    public VBox root() {
        return root;
    }

    public void bind(Disposer disposer, I18n i18n, ObservableValue<StaleEdit> stale) {
        disposer.bind(title.textProperty(), i18n.text("admin.stale.title"));
        disposer.bind(theirsLabel.textProperty(), i18n.text("admin.stale.theirs"));
        disposer.bind(yoursLabel.textProperty(), i18n.text("admin.stale.yours"));
        disposer.bind(reapply.textProperty(), i18n.text("admin.stale.reapply"));
        disposer.bind(takeTheirs.textProperty(), i18n.text("admin.stale.takeTheirs"));
        disposer.observe(stale, edit -> {
            root.setVisible(edit != null);
            root.setManaged(edit != null);
            theirs.setText(edit == null ? "" : edit.theirs());
            yours.setText(edit == null ? "" : edit.yours());
        });
    }

    private static TextArea readOnly(String id) {
        TextArea area = new TextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefRowCount(6);
        return area;
    }
}
