package dev.switchboard.shared.agents;

/**
 * What an agent's picture may be. The workstation scales a chosen picture down to {@link #EDGE}
 * pixels before sending it; the backend reads what it receives as a picture whatever its claimed
 * type, refuses anything else or anything larger, and keeps its own PNG of it at most
 * {@link #EDGE} a side.
 */
public final class AvatarRules {

    /** The most a picture sent may weigh. */
    public static final int MAX_BYTES = 512 * 1024;
    /** The most pixels a side of a picture sent may have. */
    public static final int MAX_EDGE = 2048;
    /** The side of the square picture kept and served. */
    public static final int EDGE = 256;
    /** The message of the field error for what is not a picture. */
    public static final String NOT_A_PICTURE = "not a picture: send a PNG, JPEG, GIF or BMP";

    private AvatarRules() {
    }
}
