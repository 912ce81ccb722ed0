package dev.switchboard.app.chat.ui;

import java.io.File;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.Clipboard;

/**
 * A chat's message box. Pasting (the shortcut, Shift+Insert or the context menu) a picture, such
 * as a screenshot, or files copied in a file manager hands them to the chat to wait for sending;
 * whatever has text pastes as text, as in any text box. FX thread.
 */
final class MessageInput extends TextArea {

    private final StagedFiles staged;

    MessageInput(StagedFiles staged) {
        this.staged = staged;
    }

    @Override
    public void paste() {
        Clipboard clipboard = Clipboard.getSystemClipboard();
        if (clipboard.hasString() || isDisabled() || !isEditable()) {
            super.paste();
        } else if (clipboard.hasImage()) {
            Image picture = clipboard.getImage();
            if (picture != null && picture.getPixelReader() != null && picture.getWidth() >= 1 && picture.getHeight() >= 1) {
                int width = (int) picture.getWidth();
                int height = (int) picture.getHeight();
                int[] argb = new int[width * height];
                picture.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
                staged.stagePicture(argb, width, height);
            }
        } else if (clipboard.hasFiles()) {
            List<File> files = clipboard.getFiles();
            staged.stageFiles(files.stream().map(File::toPath).toList());
        }
    }
}
