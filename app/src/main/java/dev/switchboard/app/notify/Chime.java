package dev.switchboard.app.notify;

/**
 * The tunes of the notification sound, different per event so that an agent hears what happened
 * without looking: the tones in Hz, played one after the other.
 */
public enum Chime {
    /** General notices (and visitor arrivals). */
    NOTICE(880, 1320),
    /** A new chat or offer: rising. */
    NEW_CHAT(660, 880, 1320),
    /** A message in a chat the agent is not looking at: one short tone. */
    MESSAGE(1320),
    /** A chat transferred to the agent: up and down again. */
    TRANSFER(1320, 880, 1320),
    /** A visitor waits long in the queue: low and repeated. */
    WAITING(523, 523);

    private final double[] tones;

    Chime(double... tones) {
        this.tones = tones;
    }

    double[] tones() {
        return tones.clone();
    }
}
