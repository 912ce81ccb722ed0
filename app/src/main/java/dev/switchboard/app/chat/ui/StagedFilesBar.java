package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import java.io.ByteArrayInputStream;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * What waits in the message box to be sent: each pasted picture small (a file by its icon), its
 * name and size, and a button that takes it away. Hidden while nothing waits. FX thread.
 */
final class StagedFilesBar {

    private static final double PREVIEW = 48;

    private final StagedFiles staged;
    private final ChatTexts texts;
    private final FlowPane root = new FlowPane(6, 6);

    StagedFilesBar(StagedFiles staged, ChatTexts texts) {
        this.staged = staged;
        this.texts = texts;
        root.setId("chatStaged");
        root.getStyleClass().add("staged-files");
        root.managedProperty().bind(root.visibleProperty());
        root.visibleProperty().bind(Bindings.isNotEmpty(staged.files()));
    }

    Node root() {
        return root;
    }

    void activate(Disposer disposer) {
        ListChangeListener<StagedFiles.StagedFile> changed = change -> render();
        disposer.listenList(staged.files(), changed);
        render();
    }

    private void render() {
        root.getChildren().clear();
        for (int i = 0; i < staged.files().size(); i++) {
            root.getChildren().add(chip(staged.files().get(i), i));
        }
    }

    private Node chip(StagedFiles.StagedFile file, int index) {
        Image preview = new Image(new ByteArrayInputStream(file.content()), PREVIEW, PREVIEW, true, true);
        Node picture = preview.isError() ? new FontIcon(Material2AL.INSERT_DRIVE_FILE) : new ImageView(preview);
        Label name = new Label(file.name() + " (" + texts.fileSize(file.content().length) + ")");
        name.getStyleClass().add(Styles.TEXT_SMALL);
        Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
        remove.setId("stagedRemove-" + index);
        remove.getStyleClass().addAll(Styles.SMALL, Styles.FLAT, Styles.BUTTON_ICON);
        remove.setAccessibleText(texts.i18n().get("chat.paste.remove"));
        remove.setOnAction(event -> staged.remove(file));
        HBox chip = new HBox(6, picture, name, remove);
        chip.setAlignment(Pos.CENTER_LEFT);
        chip.getStyleClass().add("staged-file");
        return chip;
    }
}
