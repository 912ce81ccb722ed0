package dev.switchboard.app.ui;

import java.text.BreakIterator;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.Cursor;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.ContextMenuEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;

/**
 * Text shown like a wrapping label, of which any part can be selected with the mouse (a double
 * click takes a word, a triple click all of it) and copied with the shortcut or the context menu:
 * an order number out of a message, say. Plain text only, never read as markup. It is as wide as
 * its text and wraps when its parent gives it less. FX thread.
 */
public final class SelectableText extends Region {

    /** Measures texts off screen; the FX thread's alone, made when first needed. */
    private static Text measuring;

    private final Text text = new Text();
    private final Path highlight = new Path();
    private final String copyLabel;
    private final String selectAllLabel;
    private int anchor;
    private ContextMenu menu;

    /** @param copyLabel and {@code selectAllLabel}: the context menu's items, in the reader's language */
    public SelectableText(String content, String copyLabel, String selectAllLabel) {
        this.copyLabel = copyLabel;
        this.selectAllLabel = selectAllLabel;
        getStyleClass().add("selectable-text");
        text.setText(content);
        text.setTextOrigin(VPos.TOP);
        text.getStyleClass().add("selectable-text-glyphs");
        // selected glyphs keep their colour; the highlight behind them marks the selection
        text.selectionFillProperty().bind(text.fillProperty());
        highlight.getStyleClass().add("selectable-text-highlight");
        highlight.setManaged(false);
        highlight.setMouseTransparent(true);
        text.setManaged(false);
        getChildren().addAll(highlight, text);
        setCursor(Cursor.TEXT);
        setMinHeight(USE_PREF_SIZE);
        setFocusTraversable(false);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        // the list around keeps its own selection and focus out of this
        addEventHandler(MouseEvent.MOUSE_RELEASED, MouseEvent::consume);
        addEventHandler(KeyEvent.KEY_PRESSED, this::key);
        addEventHandler(ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::contextMenu);
        focusedProperty().addListener((observable, was, focused) -> {
            if (!focused && (menu == null || !menu.isShowing())) {
                select(0, 0);
            }
        });
    }

    public String getText() {
        return text.getText();
    }

    /** The selected part; empty when nothing is selected. */
    public String selectedText() {
        int start = Math.max(0, Math.min(text.getSelectionStart(), text.getSelectionEnd()));
        int end = Math.min(text.getText().length(), Math.max(text.getSelectionStart(), text.getSelectionEnd()));
        return end > start ? text.getText().substring(start, end) : "";
    }

    /** Selects the characters from {@code start} (inclusive) to {@code end} (exclusive), in either order. */
    public void select(int start, int end) {
        int length = text.getText().length();
        int from = Math.max(0, Math.min(Math.min(start, end), length));
        int to = Math.max(0, Math.min(Math.max(start, end), length));
        if (from == to) {
            text.setSelectionStart(-1);
            text.setSelectionEnd(-1);
            highlight.getElements().clear();
            return;
        }
        text.setSelectionStart(from);
        text.setSelectionEnd(to);
        highlight.getElements().setAll(text.getSelectionShape());
    }

    /** Puts the selection, or the whole text when nothing is selected, on the clipboard. */
    public void copy() {
        String selected = selectedText();
        ClipboardContent content = new ClipboardContent();
        content.putString(selected.isEmpty() ? text.getText() : selected);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private void pressed(MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY) {
            event.consume();
            return;
        }
        requestFocus();
        int at = indexAt(event);
        if (event.getClickCount() == 2) {
            selectWordAround(at);
        } else if (event.getClickCount() >= 3) {
            select(0, text.getText().length());
        } else if (event.isShiftDown() && !selectedText().isEmpty()) {
            select(anchor, at);
        } else {
            anchor = at;
            select(at, at);
        }
        event.consume();
    }

    private void dragged(MouseEvent event) {
        if (event.getButton() == MouseButton.PRIMARY) {
            select(anchor, indexAt(event));
        }
        event.consume();
    }

    private void key(KeyEvent event) {
        if (event.isShortcutDown() && event.getCode() == KeyCode.C) {
            copy();
            event.consume();
        } else if (event.isShortcutDown() && event.getCode() == KeyCode.A) {
            select(0, text.getText().length());
            event.consume();
        }
    }

    private void contextMenu(ContextMenuEvent event) {
        if (menu == null) {
            MenuItem copy = new MenuItem(copyLabel);
            copy.setOnAction(action -> copy());
            MenuItem all = new MenuItem(selectAllLabel);
            all.setOnAction(action -> {
                requestFocus();
                select(0, text.getText().length());
            });
            menu = new ContextMenu(copy, all);
        }
        menu.show(this, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private int indexAt(MouseEvent event) {
        Point2D local = text.sceneToLocal(event.getSceneX(), event.getSceneY());
        return text.hitTest(local).getInsertionIndex();
    }

    /**
     * Selects the word at {@code index}. Codes of Latin letters and digits joined by - _ . / # count
     * as one word, so that a double click takes an order number such as A-20261102-1042 whole;
     * other scripts (Chinese) go by the platform's word breaks.
     */
    private void selectWordAround(int index) {
        String content = text.getText();
        if (content.isEmpty()) {
            return;
        }
        int at = Math.min(index, content.length() - 1);
        int[] code = codeAround(content, at);
        if (code != null) {
            anchor = code[0];
            select(code[0], code[1]);
            return;
        }
        BreakIterator words = BreakIterator.getWordInstance();
        words.setText(content);
        int start = words.isBoundary(at) ? at : words.preceding(at);
        int end = words.following(at);
        anchor = start;
        select(start, end == BreakIterator.DONE ? content.length() : end);
    }

    /** The start and end of a code (letters and digits joined by - _ . / #) at {@code at}; null when none is there. */
    static int[] codeAround(String content, int at) {
        if (!isCodeLetter(content.charAt(at))) {
            return null;
        }
        int start = at;
        while (start > 0 && (isCodeLetter(content.charAt(start - 1))
                || isJoiner(content.charAt(start - 1)) && start > 1 && isCodeLetter(content.charAt(start - 2)))) {
            start--;
        }
        int end = at + 1;
        while (end < content.length() && (isCodeLetter(content.charAt(end))
                || isJoiner(content.charAt(end)) && end + 1 < content.length() && isCodeLetter(content.charAt(end + 1)))) {
            end++;
        }
        return new int[] {start, end};
    }

    private static boolean isCodeLetter(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '_' || c == '.' || c == '/' || c == '#';
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        Insets insets = getInsets();
        return snapSizeX(measure(0).getLayoutBounds().getWidth()) + insets.getLeft() + insets.getRight();
    }

    @Override
    protected double computePrefHeight(double width) {
        Insets insets = getInsets();
        double wrapping = width < 0 ? 0 : Math.max(1, width - insets.getLeft() - insets.getRight());
        return snapSizeY(measure(wrapping).getLayoutBounds().getHeight()) + insets.getTop() + insets.getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        Insets insets = getInsets();
        return Math.min(computePrefWidth(height), insets.getLeft() + insets.getRight() + 4 * text.getFont().getSize());
    }

    @Override
    protected void layoutChildren() {
        Insets insets = getInsets();
        double wrapping = Math.max(1, getWidth() - insets.getLeft() - insets.getRight());
        text.setWrappingWidth(wrapping);
        text.relocate(insets.getLeft(), insets.getTop());
        highlight.setLayoutX(text.getLayoutX());
        highlight.setLayoutY(text.getLayoutY());
        if (!selectedText().isEmpty()) {
            highlight.getElements().setAll(text.getSelectionShape());
        }
    }

    /** The measuring text holding this text as it would be laid out {@code wrapping} wide (0: one line per paragraph). */
    private Text measure(double wrapping) {
        if (measuring == null) {
            measuring = new Text();
        }
        measuring.setFont(text.getFont());
        measuring.setLineSpacing(text.getLineSpacing());
        measuring.setText(text.getText());
        measuring.setWrappingWidth(wrapping);
        return measuring;
    }
}
