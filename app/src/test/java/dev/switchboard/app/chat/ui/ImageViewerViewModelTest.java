package dev.switchboard.app.chat.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.switchboard.shared.chat.Attachment;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Viewports are a pixel larger than round figures: a fitted picture keeps a pixel to spare. */
class ImageViewerViewModelTest {

    private final ImageViewerViewModel model = new ImageViewerViewModel();
    private final List<Path> saved = new ArrayList<>();

    @Test
    void aLargePictureIsFittedIntoTheWindowAndFollowsItsSize() {
        show("photo.png", 2000, 1000);
        model.viewport(1001, 801);
        assertThat(model.scaleProperty().get()).isEqualTo(0.5);
        assertThat(model.zoomText().get()).isEqualTo("50%");
        model.viewport(501, 801);
        assertThat(model.scaleProperty().get()).as("still fitted").isEqualTo(0.25);
        assertThat(model.title().get()).isEqualTo("photo.png");
    }

    @Test
    void aSmallPictureIsNotEnlargedToFit() {
        show("icon.png", 200, 100);
        model.viewport(1001, 801);
        assertThat(model.scaleProperty().get()).isEqualTo(1);
    }

    @Test
    void zoomingLeavesTheFitAndStaysWithinItsBoundsUntilFitAgain() {
        show("photo.png", 2000, 1000);
        model.viewport(1001, 801);
        model.zoomIn();
        assertThat(model.scaleProperty().get()).isCloseTo(0.625, within(1e-9));
        assertThat(model.fittingProperty().get()).isFalse();
        model.viewport(401, 401);
        assertThat(model.scaleProperty().get()).as("a zoomed picture keeps its scale").isCloseTo(0.625, within(1e-9));
        model.actualSize();
        assertThat(model.zoomText().get()).isEqualTo("100%");
        for (int i = 0; i < 30; i++) {
            model.zoomIn();
        }
        assertThat(model.scaleProperty().get()).isEqualTo(ImageViewerViewModel.MAX_SCALE);
        for (int i = 0; i < 60; i++) {
            model.zoomOut();
        }
        assertThat(model.scaleProperty().get()).isEqualTo(ImageViewerViewModel.MIN_SCALE);
        model.fit();
        assertThat(model.scaleProperty().get()).isEqualTo(0.2);
        assertThat(model.fittingProperty().get()).isTrue();
    }

    @Test
    void theNextPictureStartsFittedAndSavesItself() {
        show("first.png", 2000, 1000);
        model.viewport(1001, 801);
        model.zoomIn();
        show("second.png", 400, 4000);
        assertThat(model.stateProperty().get()).isEqualTo(ImageViewerViewModel.State.SHOWN);
        assertThat(model.fittingProperty().get()).isTrue();
        assertThat(model.scaleProperty().get()).isEqualTo(0.2);
        model.save(Path.of("/tmp/second.png"));
        assertThat(saved).containsExactly(Path.of("/tmp/second.png"));
        assertThat(model.fileName()).isEqualTo("second.png");
    }

    private void show(String name, int width, int height) {
        model.show(new Attachment("id-" + name, name, "image/png", 1000, width, height, true), saved::add);
        assertThat(model.stateProperty().get()).isEqualTo(ImageViewerViewModel.State.LOADING);
        model.loaded(width, height);
    }
}
