package dev.switchboard.shared.sites;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Colours as sites write them ({@code #rrggbb}) and how readable text is on them: the contrast
 * ratio of WCAG 2.1 (1 to 21; 4.5 is the least for normal text at level AA).
 */
public final class WidgetColors {

    public static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    /** WCAG 2.1 AA for text under 18.66 px bold: the widget's launcher label and buttons are 14 to 15 px. */
    public static final double READABLE = 4.5;

    private WidgetColors() {
    }

    public static boolean isColor(String text) {
        return text != null && HEX.matcher(text).matches();
    }

    /** {@code #RRGGBB} written as {@code #rrggbb}. */
    public static String normalized(String color) {
        return color.toLowerCase(Locale.ROOT);
    }

    /** The contrast ratio of two {@code #rrggbb} colours, (lighter + 0.05) / (darker + 0.05). */
    public static double contrast(String first, String second) {
        double a = luminance(first);
        double b = luminance(second);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    /** The relative luminance of WCAG 2.1 (sRGB channels linearized). */
    static double luminance(String color) {
        int rgb = Integer.parseInt(color.substring(1), 16);
        return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
    }

    private static double channel(int value) {
        double c = (value & 0xff) / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
