package dev.switchboard.app.chat.ui;

import javafx.application.Platform;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollBar;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Keeps a message list at its newest line until the agent scrolls up to read, and again once they
 * scroll back down. Whether to follow is decided when the agent scrolls (wheel, scroll bar), not
 * when a line comes: lines that come faster than the list is laid out would find it "scrolled up"
 * and stop it following. FX thread.
 */
final class FollowingScroll {

    private final ListView<?> list;
    private boolean following = true;

    FollowingScroll(ListView<?> list) {
        this.list = list;
        list.addEventFilter(ScrollEvent.ANY, event -> Platform.runLater(this::decide));
        list.addEventFilter(MouseEvent.MOUSE_RELEASED, event -> Platform.runLater(this::decide));
    }

    /** Whether new lines are to be shown as they come. */
    boolean following() {
        return following;
    }

    /** Shows the newest line; again after the next layout, when the heights of wrapped lines are known. */
    void toEnd() {
        following = true;
        int last = list.getItems() == null ? 0 : list.getItems().size() - 1;
        if (last < 0) {
            return;
        }
        list.scrollTo(last);
        Platform.runLater(() -> {
            if (list.getItems() != null && !list.getItems().isEmpty()) {
                list.scrollTo(list.getItems().size() - 1);
            }
        });
    }

    private void decide() {
        following = atEnd();
    }

    private boolean atEnd() {
        for (Node node : list.lookupAll(".scroll-bar")) {
            if (node instanceof ScrollBar bar && bar.getOrientation() == Orientation.VERTICAL) {
                return !bar.isVisible() || bar.getValue() >= bar.getMax() - 0.02;
            }
        }
        return true;
    }
}
