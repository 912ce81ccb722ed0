package dev.switchboard.app.notify;

import java.util.concurrent.Executor;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.SourceDataLine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A short two-tone chime, synthesized so it needs no media module or sound file. Played on a
 * background thread; a machine without a sound device simply stays quiet.
 */
public final class NotificationSound implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(NotificationSound.class);
    private static final float RATE = 22_050f;

    private final Executor player;

    public NotificationSound(Executor player) {
        this.player = player;
    }

    @Override
    public void run() {
        player.execute(NotificationSound::play);
    }

    private static void play() {
        byte[] samples = chime();
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

    private static byte[] chime() {
        double[] tones = {880, 1320};
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
