package dev.switchboard.app.accounts;

import dev.switchboard.app.platform.PngEncoder;
import dev.switchboard.shared.agents.AvatarRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;

/**
 * A picture file chosen for one's profile, made ready to send: read at most twice the kept size,
 * its middle square scaled to {@link AvatarRules#EDGE} and written as a PNG, so a camera's
 * photo of several megabytes goes as a few dozen kilobytes. The backend checks it again. Any
 * thread but the FX thread (it reads the file).
 */
final class AvatarPicture {

    /** Larger files are not read at all: no picture a person picks for a profile needs more. */
    static final long MAX_FILE_BYTES = 30L * 1024 * 1024;

    /** Not a picture JavaFX can read, or a file too large to be one's profile picture. */
    static final class NotAPicture extends RuntimeException {
        NotAPicture(String message) {
            super(message, null, false, false);
        }
    }

    private AvatarPicture() {
    }

    static byte[] prepare(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new NotAPicture("larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int bound = AvatarRules.EDGE * 2;
        Image image = new Image(file.toUri().toString(), bound, bound, true, true, false);
        if (image.isError() || image.getWidth() < 1 || image.getHeight() < 1 || image.getPixelReader() == null) {
            throw new NotAPicture("not a picture");
        }
        return square(image);
    }

    /** The middle square, each kept pixel the average of the ones it covers. */
    private static byte[] square(Image image) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int side = Math.min(width, height);
        int edge = Math.min(side, AvatarRules.EDGE);
        int left = (width - side) / 2;
        int top = (height - side) / 2;
        PixelReader pixels = image.getPixelReader();
        int[] argb = new int[edge * edge];
        for (int y = 0; y < edge; y++) {
            int fromY = top + y * side / edge;
            int toY = Math.max(fromY + 1, top + (y + 1) * side / edge);
            for (int x = 0; x < edge; x++) {
                int fromX = left + x * side / edge;
                int toX = Math.max(fromX + 1, left + (x + 1) * side / edge);
                argb[y * edge + x] = average(pixels, fromX, toX, fromY, toY);
            }
        }
        return PngEncoder.encode(argb, edge, edge);
    }

    private static int average(PixelReader pixels, int fromX, int toX, int fromY, int toY) {
        long a = 0;
        long r = 0;
        long g = 0;
        long b = 0;
        int count = 0;
        for (int y = fromY; y < toY; y++) {
            for (int x = fromX; x < toX; x++) {
                int pixel = pixels.getArgb(x, y);
                a += pixel >>> 24;
                r += (pixel >> 16) & 0xff;
                g += (pixel >> 8) & 0xff;
                b += pixel & 0xff;
                count++;
            }
        }
        return (int) (a / count) << 24 | (int) (r / count) << 16 | (int) (g / count) << 8 | (int) (b / count);
    }
}
