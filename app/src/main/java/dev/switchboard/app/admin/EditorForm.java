package dev.switchboard.app.admin;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.HPos;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The layout every administration editor shares: a label, the field and, under it, the field's
 * error (taking room only while there is one), row after row; the general error on top. Build
 * the rows once with {@link #row}; bind them to the view model in the view's activation with
 * {@link #bind}.
 */
public final class EditorForm {

    private final GridPane grid = new GridPane();
    private final Label general = error("formError");
    private final VBox root = new VBox(8, general, grid);
    private final java.util.List<Row> rows = new java.util.ArrayList<>();

    private record Row(Label label, String labelKey, Node control, VBox cell, Label error, String field) {
    }

    public EditorForm() {
        grid.setHgap(12);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setHalignment(HPos.RIGHT);
        labels.setMinWidth(120);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, fields);
        root.setPadding(new Insets(12));
        root.getStyleClass().add("editor-form");
    }

    public VBox root() {
        return root;
    }

    /** Adds a row: {@code labelKey} from the bundle, the control, and the message of the backend's {@code field}. */
    public EditorForm row(String labelKey, Node control, String field) {
        Label label = new Label();
        label.setLabelFor(control);
        Label message = error(field == null ? null : field + "Error");
        VBox cell = new VBox(4, control, message);
        rows.add(new Row(label, labelKey, control, cell, message, field));
        grid.addRow(rows.size() - 1, label, cell);
        return this;
    }

    /** Shows the row of {@code control} only while {@code shown} holds (a field only new items have, say). */
    public void showRowWhile(Disposer disposer, Node control, ObservableValue<Boolean> shown) {
        Row row = rows.stream().filter(candidate -> candidate.control() == control).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no row holds " + control));
        disposer.observe(shown, visible -> {
            boolean show = Boolean.TRUE.equals(visible);
            for (Node node : new Node[] {row.label(), row.cell()}) {
                node.setVisible(show);
                node.setManaged(show);
            }
        });
    }

    /** Binds the labels to the language and the messages to {@code errors}. */
    public void bind(Disposer disposer, I18n i18n, FormErrors errors) {
        for (Row row : rows) {
            disposer.bind(row.label().textProperty(), i18n.text(row.labelKey()));
            if (row.field() != null) {
                showMessage(disposer, row.error(), errors.field(row.field()));
            }
        }
        showMessage(disposer, general, errors.general());
    }

    /** Binds {@code label} to {@code message}; the label takes room only while there is one. */
    public static void showMessage(Disposer disposer, Label label, ObservableStringValue message) {
        disposer.bind(label.textProperty(), message);
        disposer.observe(message, text -> {
            boolean shown = text != null && !text.isEmpty();
            label.setVisible(shown);
            label.setManaged(shown);
        });
    }

    /** An error message's label (small, in the danger colour), hidden until it has a message. */
    public static Label error(String id) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.DANGER);
        label.setWrapText(true);
        label.setVisible(false);
        label.setManaged(false);
        return label;
    }
}
