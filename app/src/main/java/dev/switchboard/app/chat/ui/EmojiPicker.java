package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import javafx.stage.Popup;

/** A popup grid of common emoji; a click inserts one. Esc or a click elsewhere closes it. FX thread. */
final class EmojiPicker {

    // Faces from the Emoticons block and symbols from Miscellaneous Symbols and Dingbats: they have
    // glyphs in the fonts of every desktop (DejaVu on Linux), where many newer emoji show as blanks.
    static final List<String> EMOJI = List.of(
            "😀", "😃", "😄", "😁", "😆", "😅", "😂", "😊",
            "😇", "😉", "😌", "😍", "😘", "😋", "😜", "😎",
            "😏", "😐", "😑", "😒", "😔", "😕", "😞", "😟",
            "😢", "😭", "😩", "😠", "😳", "😱", "😮", "😴",
            "❤", "♥", "★", "✔", "✖", "✌", "✍", "☺",
            "☕", "☎", "✉", "✈", "☀", "☂", "⚠", "♫");
    private static final int COLUMNS = 8;

    private final Popup popup = new Popup();

    EmojiPicker(Consumer<String> insert) {
        GridPane grid = new GridPane();
        grid.setId("emojiGrid");
        grid.getStyleClass().add("emoji-grid");
        for (int i = 0; i < EMOJI.size(); i++) {
            String emoji = EMOJI.get(i);
            Button button = new Button(emoji);
            button.getStyleClass().addAll(Styles.FLAT, "emoji-button");
            button.setOnAction(event -> {
                insert.accept(emoji);
                popup.hide();
            });
            grid.add(button, i % COLUMNS, i / COLUMNS);
        }
        popup.getContent().add(grid);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    /** Shows the grid above {@code anchor}, or hides it when it shows. */
    void toggle(Node anchor) {
        if (popup.isShowing()) {
            popup.hide();
            return;
        }
        var bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        popup.show(anchor, bounds.getMinX(), bounds.getMinY());
        // placed above the button once its height is known
        popup.setY(bounds.getMinY() - popup.getHeight());
    }

    void hide() {
        popup.hide();
    }

    boolean showing() {
        return popup.isShowing();
    }
}
