package dev.switchboard.app.chat.ui;

import dev.switchboard.shared.chat.Attachment;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * The picture viewer: which picture of a chat it shows, and how large. Fitted to the window (never
 * enlarged beyond its own size) until the agent zooms, with the buttons, the wheel or the keys,
 * between 5% and 800%; "100%" shows it pixel for pixel. Saving goes where the chat saves files.
 * One viewer serves every picture opened, one after the other. FX thread.
 */
public final class ImageViewerViewModel {

    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 8;
    /** One zoom step, as a factor: four steps double the size, near enough. */
    static final double STEP = 1.25;

    /** Where the picture is: on its way, shown, or not to be had. */
    public enum State { LOADING, SHOWN, FAILED }

    private final ReadOnlyObjectWrapper<Attachment> attachment = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.LOADING);
    private final ReadOnlyBooleanWrapper fitting = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyDoubleWrapper scale = new ReadOnlyDoubleWrapper(1);
    private final StringBinding title = Bindings.createStringBinding(
            () -> attachment.get() == null ? "" : attachment.get().fileName(), attachment);
    private final StringBinding zoomText = Bindings.createStringBinding(
            () -> Math.round(scale.get() * 100) + "%", scale);
    private Consumer<Path> saver = target -> { };
    private double pictureWidth;
    private double pictureHeight;
    private double viewportWidth;
    private double viewportHeight;

    /** Shows {@code picture}, fitted, until it is loaded; {@code saveTo} saves it (the chat's download). */
    public void show(Attachment picture, Consumer<Path> saveTo) {
        saver = saveTo;
        pictureWidth = 0;
        pictureHeight = 0;
        state.set(State.LOADING);
        fitting.set(true);
        scale.set(1);
        attachment.set(picture);
    }

    /** The picture arrived, this many pixels large. */
    public void loaded(double width, double height) {
        pictureWidth = width;
        pictureHeight = height;
        state.set(State.SHOWN);
        refit();
    }

    public void failed() {
        state.set(State.FAILED);
    }

    /** The room the window gives the picture; a fitted picture follows it. */
    public void viewport(double width, double height) {
        viewportWidth = width;
        viewportHeight = height;
        refit();
    }

    /** Fits the picture into the window, and keeps it fitted as the window changes. */
    public void fit() {
        fitting.set(true);
        refit();
    }

    /** The picture pixel for pixel. */
    public void actualSize() {
        zoomTo(1);
    }

    public void zoomIn() {
        zoomTo(scale.get() * STEP);
    }

    public void zoomOut() {
        zoomTo(scale.get() / STEP);
    }

    /** Saves the picture into {@code target}. */
    public void save(Path target) {
        saver.accept(target);
    }

    /** The name to offer when saving. */
    public String fileName() {
        return attachment.get() == null ? "" : attachment.get().fileName();
    }

    private void zoomTo(double wanted) {
        fitting.set(false);
        scale.set(Math.max(MIN_SCALE, Math.min(MAX_SCALE, wanted)));
    }

    private void refit() {
        if (!fitting.get() || pictureWidth <= 0 || pictureHeight <= 0 || viewportWidth <= 0 || viewportHeight <= 0) {
            return;
        }
        // a pixel to spare, so that a picture fitted to the edge never calls for a scroll bar that then takes room from it
        double fitted = Math.min((viewportWidth - 1) / pictureWidth, (viewportHeight - 1) / pictureHeight);
        scale.set(Math.max(MIN_SCALE, Math.min(1, fitted)));
    }

    public ReadOnlyObjectProperty<Attachment> attachmentProperty() {
        return attachment.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty fittingProperty() {
        return fitting.getReadOnlyProperty();
    }

    /** How large the picture is drawn: 1 is pixel for pixel. */
    public ReadOnlyDoubleProperty scaleProperty() {
        return scale.getReadOnlyProperty();
    }

    public double pictureWidth() {
        return pictureWidth;
    }

    public double pictureHeight() {
        return pictureHeight;
    }

    public StringBinding title() {
        return title;
    }

    /** The scale as the agent reads it: "75%". */
    public StringBinding zoomText() {
        return zoomText;
    }
}
