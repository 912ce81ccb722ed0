package dev.switchboard.app.notify;

import java.util.concurrent.Executor;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Short chimes ({@link Chime}), synthesized so they need no media module or sound file. Played on
 * a background thread; a machine without a sound device simply stays quiet.
 */
public final class NotificationSound implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSound.class);
    private static final float RATE = 22_050f;

    private final Executor player;

    public NotificationSound(Executor player) {
        this.player = player;
    }

    /** Plays the general notice chime. */
    @Override
    public void run() {
        play(Chime.NOTICE);
    }

    public void play(Chime chime) {
        player.execute(() -> playNow(chime));
    }

    private static void playNow(Chime chime) {
        byte[] samples = samples(chime.tones());
        AudioFormat format = new AudioFormat(RATE, 16, 1, true, false);
        try (SourceDataLine line = AudioSystem.getSourceDataLine(format)) {
            line.open(format);
            line.start();
            line.write(samples, 0, samples.length);
            line.drain();
        } catch (Exception | LinkageError e) {
            LOG.debug("No notification sound: {}", e.toString());
        }
    }

    private static byte[] samples(double[] tones) {
        int perTone = (int) (RATE * 0.12);
        byte[] out = new byte[tones.length * perTone * 2];
        int index = 0;
        for (double tone : tones) {
            for (int i = 0; i < perTone; i++) {
                double fade = Math.min(1.0, Math.min(i, perTone - i) / (RATE * 0.01));
                short value = (short) (Math.sin(2 * Math.PI * tone * i / RATE) * 9000 * fade);
                out[index++] = (byte) value;
                out[index++] = (byte) (value >> 8);
            }
        }
        return out;
    }
}
