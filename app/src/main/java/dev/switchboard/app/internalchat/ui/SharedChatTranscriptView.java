package dev.switchboard.app.internalchat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.View;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;

/**
 * A visitor chat a colleague shared, for a reader who is not in it but may read it (a
 * supervisor): its lines as plain text, nothing to write with.
 */
public final class SharedChatTranscriptView extends View<BorderPane> {

    /** One line of the transcript: who, when, what (already worded in the reader's language). */
    public record TranscriptLine(String who, String time, String text) {
    }

    private final BorderPane root = new BorderPane();
    private final ListView<TranscriptLine> lines = new ListView<>();

    public SharedChatTranscriptView(List<TranscriptLine> transcript) {
        root.setId("sharedChatTranscript");
        root.setPadding(new Insets(8));
        lines.setId("sharedChatLines");
        lines.setFocusTraversable(false);
        lines.getItems().setAll(transcript);
        lines.setCellFactory(view -> new ListCell<>() {
            private final Label meta = new Label();
            private final Label text = new Label();
            private final VBox box = new VBox(2, meta, text);

            {
                meta.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
                text.setWrapText(true);
                text.maxWidthProperty().bind(lines.widthProperty().subtract(40));
            }

            @Override
            protected void updateItem(TranscriptLine line, boolean isEmpty) {
                super.updateItem(line, isEmpty);
                if (isEmpty || line == null) {
                    setGraphic(null);
                    return;
                }
                // event lines have nobody to name
                meta.setText(line.who().isBlank() ? line.time() : line.who() + " · " + line.time());
                text.setText(line.text());
                setGraphic(box);
            }
        });
        root.setCenter(lines);
    }

    @Override
    public BorderPane root() {
        return root;
    }

    @Override
    protected void onActivate(Disposer disposer) {
        if (!lines.getItems().isEmpty()) {
            lines.scrollTo(lines.getItems().size() - 1);
        }
    }
}
