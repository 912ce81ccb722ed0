package dev.switchboard.app.chat.ui;

import atlantafx.base.theme.Styles;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.View;
import dev.switchboard.shared.chat.Attachment;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The picture viewer's window content: a tool bar (fit, 100%, zoom out and in, save as) over the
 * picture, which the mouse wheel zooms and a drag moves. Esc closes the window; +, - and 0 zoom.
 */
final class ImageViewerView extends View<BorderPane> {

    /** Where to save a picture: the agent's choice, empty when they cancel. */
    interface SaveTarget {
        Optional<Path> choose(Window owner, String suggestedName);
    }

    private final ImageViewerViewModel model;
    private final I18n i18n;
    private final Function<Attachment, CompletableFuture<Image>> pictures;
    private final SaveTarget saveTarget;
    private final Runnable close;
    private final BorderPane root = new BorderPane();
    private final ImageView picture = new ImageView();
    private final ScrollPane scroll = new ScrollPane();
    private final Label status = new Label();
    private final Button fit = new Button(null, new FontIcon(Material2MZ.ZOOM_OUT_MAP));
    private final Button actualSize = new Button("100%");
    private final Button zoomOut = new Button(null, new FontIcon(Material2MZ.ZOOM_OUT));
    private final Button zoomIn = new Button(null, new FontIcon(Material2MZ.ZOOM_IN));
    private final Label zoom = new Label();
    private final Label hint = new Label();
    private final Button save = new Button(null, new FontIcon(Material2MZ.SAVE_ALT));

    /**
     * @param pictures loads an attachment's whole picture (null when it cannot)
     * @param close    hides the window
     */
    ImageViewerView(ImageViewerViewModel model, I18n i18n, Function<Attachment, CompletableFuture<Image>> pictures,
                    SaveTarget saveTarget, Runnable close) {
        this.model = model;
        this.i18n = i18n;
        this.pictures = pictures;
        this.saveTarget = saveTarget;
        this.close = close;
        build();
    }

    @Override
    public BorderPane root() {
        return root;
    }

    private void build() {
        root.setId("imageViewer");
        root.getStyleClass().add("image-viewer");
        fit.setId("imageFit");
        fit.setOnAction(event -> model.fit());
        actualSize.setId("imageActualSize");
        actualSize.setOnAction(event -> model.actualSize());
        zoomOut.setId("imageZoomOut");
        zoomOut.setOnAction(event -> model.zoomOut());
        zoomIn.setId("imageZoomIn");
        zoomIn.setOnAction(event -> model.zoomIn());
        zoom.setId("imageZoom");
        zoom.getStyleClass().add("image-zoom");
        hint.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TEXT_SMALL);
        save.setId("imageSave");
        save.setOnAction(event -> saveTarget.choose(root.getScene().getWindow(), model.fileName()).ifPresent(model::save));
        for (ButtonBase button : List.of(fit, actualSize, zoomOut, zoomIn, save)) {
            button.getStyleClass().add(Styles.SMALL);
        }
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox tools = new HBox(6, fit, actualSize, zoomOut, zoom, zoomIn, spacer, hint, save);
        tools.setAlignment(Pos.CENTER_LEFT);
        tools.setPadding(new Insets(6, 10, 6, 10));
        tools.getStyleClass().add("image-viewer-tools");

        picture.setId("imageViewerPicture");
        picture.setPreserveRatio(true);
        picture.setSmooth(true);
        StackPane holder = new StackPane(picture);
        holder.getStyleClass().add("image-viewer-holder");
        // as large as the window at least, so that a smaller picture sits in its middle
        holder.minWidthProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getWidth(),
                scroll.viewportBoundsProperty()));
        holder.minHeightProperty().bind(Bindings.createDoubleBinding(() -> scroll.getViewportBounds().getHeight(),
                scroll.viewportBoundsProperty()));
        scroll.setContent(holder);
        scroll.setPannable(true);
        scroll.setId("imageScroll");
        scroll.getStyleClass().add("image-viewer-scroll");
        scroll.addEventFilter(ScrollEvent.SCROLL, this::wheel);
        status.setId("imageStatus");
        status.getStyleClass().add(Styles.TEXT_MUTED);
        status.setWrapText(true);
        status.managedProperty().bind(status.visibleProperty());
        status.setMouseTransparent(true);

        root.setTop(tools);
        root.setCenter(new StackPane(scroll, status));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::key);
    }

    /** The wheel zooms (rather than scrolls): a step a notch. */
    private void wheel(ScrollEvent event) {
        if (event.getDeltaY() > 0) {
            model.zoomIn();
        } else if (event.getDeltaY() < 0) {
            model.zoomOut();
        }
        event.consume();
    }

    private void key(KeyEvent event) {
        switch (event.getCode()) {
            case ESCAPE -> close.run();
            case PLUS, ADD, EQUALS -> model.zoomIn();
            case MINUS, SUBTRACT -> model.zoomOut();
            case DIGIT0, NUMPAD0 -> model.actualSize();
            default -> {
                return;
            }
        }
        event.consume();
    }

    @Override
    protected void onActivate(Disposer disposer) {
        disposer.bind(fit.textProperty(), i18n.text("chat.viewer.fit"));
        disposer.bind(save.textProperty(), i18n.text("chat.viewer.save"));
        disposer.bind(hint.textProperty(), i18n.text("chat.viewer.hint"));
        tooltip(disposer, actualSize, "chat.viewer.actualSize");
        tooltip(disposer, zoomIn, "chat.viewer.zoomIn");
        tooltip(disposer, zoomOut, "chat.viewer.zoomOut");
        disposer.bind(zoom.textProperty(), model.zoomText());
        disposer.bind(fit.disableProperty(), model.fittingProperty());
        disposer.bind(save.disableProperty(), Bindings.createBooleanBinding(
                () -> model.stateProperty().get() != ImageViewerViewModel.State.SHOWN, model.stateProperty()));
        disposer.bind(status.visibleProperty(), Bindings.createBooleanBinding(
                () -> model.stateProperty().get() != ImageViewerViewModel.State.SHOWN, model.stateProperty()));
        disposer.bind(status.textProperty(), i18n.text(() -> model.stateProperty().get() == ImageViewerViewModel.State.FAILED
                ? i18n.get("chat.viewer.failed") : i18n.get("chat.viewer.loading"), model.stateProperty()));
        disposer.observe(model.scaleProperty(), scale -> size());
        disposer.observe(scroll.viewportBoundsProperty(), bounds -> model.viewport(bounds.getWidth(), bounds.getHeight()));
        disposer.observe(model.attachmentProperty(), this::load);
        disposer.onDispose(() -> picture.setImage(null));
    }

    private void load(Attachment attachment) {
        picture.setImage(null);
        if (attachment == null) {
            return;
        }
        pictures.apply(attachment).thenAccept(image -> {
            if (model.attachmentProperty().get() != attachment) {
                return;
            }
            if (image == null || image.isError()) {
                model.failed();
                return;
            }
            picture.setImage(image);
            model.loaded(image.getWidth(), image.getHeight());
            size();
            scroll.setHvalue(0.5);
            scroll.setVvalue(0.5);
        });
    }

    private void size() {
        picture.setFitWidth(model.pictureWidth() * model.scaleProperty().get());
        picture.setFitHeight(model.pictureHeight() * model.scaleProperty().get());
    }

    private void tooltip(Disposer disposer, ButtonBase button, String key) {
        Tooltip tooltip = new Tooltip();
        button.setTooltip(tooltip);
        disposer.bind(tooltip.textProperty(), i18n.text(key));
    }
}
