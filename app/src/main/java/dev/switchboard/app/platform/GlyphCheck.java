package dev.switchboard.app.platform;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Whether this machine's fonts draw a symbol rather than the box of a missing glyph: an emoji
 * picker offers only what the agent can see (many emoji have no glyph in the fonts of a Linux
 * desktop, for one). A symbol counts as missing when it draws nothing, or exactly what a code
 * point that no font has draws. Answers are kept per font. FX thread.
 */
public final class GlyphCheck {

    /** A private-use code point of the last plane: no font draws it. */
    private static final String NO_GLYPH = new String(Character.toChars(0x10FFFD));
    private static final Map<Font, GlyphCheck> BY_FONT = new HashMap<>();

    private final Font font;
    private final Map<String, Boolean> known = new HashMap<>();
    private int[] missing;

    private GlyphCheck(Font font) {
        this.font = font;
    }

    public static GlyphCheck of(Font font) {
        return BY_FONT.computeIfAbsent(font, GlyphCheck::new);
    }

    public boolean draws(String symbol) {
        return known.computeIfAbsent(symbol, this::drawsNow);
    }

    private boolean drawsNow(String symbol) {
        if (missing == null) {
            missing = pixels(NO_GLYPH);
        }
        int[] drawn = pixels(symbol);
        return !blank(drawn) && !Arrays.equals(drawn, missing);
    }

    /** The symbol drawn black on white: its width and height, then its pixels. */
    private int[] pixels(String symbol) {
        Text text = new Text(symbol);
        text.setFont(font);
        text.setFill(Color.BLACK);
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        WritableImage image = text.snapshot(parameters, null);
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        int[] pixels = new int[2 + width * height];
        pixels[0] = width;
        pixels[1] = height;
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 2, width);
        return pixels;
    }

    private static boolean blank(int[] pixels) {
        for (int i = 2; i < pixels.length; i++) {
            if (pixels[i] != 0xFFFFFFFF) {
                return false;
            }
        }
        return true;
    }
}
