package dev.switchboard.app.platform;

import java.util.Optional;
import javafx.geometry.Bounds;

/**
 * A page that says where the window's alerts and notices may lie over it without hiding what the
 * agent works with (a chat's header buttons, its input and send button). They hang from the top
 * right corner of the area and never reach below it.
 */
public interface NoticeArea {

    /** The area in scene coordinates, as laid out now; empty to use the page's own top right corner. */
    Optional<Bounds> noticeAreaInScene();
}
