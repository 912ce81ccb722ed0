package dev.switchboard.app.alerts;

/**
 * The desktop's way of drawing the agent's eye to the program without taking the focus from what
 * they are doing: a bouncing dock icon, a flashing taskbar button, a badge. Behind an interface
 * because JavaFX has no such API and tests use a fake.
 */
public interface Attention {

    /** Asks once for the agent's attention (where the desktop can; otherwise nothing happens). */
    void request();

    /**
     * Shows how many alerts wait (0 clears it), e.g. as a dock badge. Answers false where the
     * desktop cannot, so that the window title carries the count instead.
     */
    boolean showCount(int count);
}
