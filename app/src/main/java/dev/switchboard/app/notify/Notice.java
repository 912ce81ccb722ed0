package dev.switchboard.app.notify;

/** A message for the agent, shown in the window for a while. {@code audible} ones play the sound. */
public record Notice(Level level, String text, boolean audible) {

    public enum Level {
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }
}
