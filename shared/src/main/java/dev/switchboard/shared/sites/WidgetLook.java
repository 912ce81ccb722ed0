package dev.switchboard.shared.sites;

import dev.switchboard.shared.automation.LocalizedText;

/**
 * How a site's widget looks and greets: its colours ({@code #rrggbb}: the launcher, header and the
 * visitor's bubbles are a gradient from {@code color} to {@code colorEnd}, with {@code textColor}
 * on it), the corner it sits in and its distance in pixels from the window's edges, and the texts
 * that replace the widget's own in the visitor's language: {@code greeting} over an empty chat,
 * {@code offlineMessage} when nobody can answer (above the pre-chat form and as the
 * leave-a-message note). A blank text leaves the widget's own for that language.
 */
public record WidgetLook(String color, String colorEnd, String textColor, Position position, Integer offsetX, Integer offsetY,
                         LocalizedText greeting, LocalizedText offlineMessage) {

    /** The corner of the page the launcher and the chat window sit in. */
    public enum Position {
        BOTTOM_RIGHT,
        BOTTOM_LEFT
    }

    /** The widget's own look: blue to indigo, white text, 20 px from the bottom right corner, its own texts. */
    public static final WidgetLook DEFAULT = new WidgetLook("#2563eb", "#4f46e5", "#ffffff", Position.BOTTOM_RIGHT, 20, 20,
            new LocalizedText("", ""), new LocalizedText("", ""));

    public WidgetLook withColors(String newColor, String newColorEnd, String newTextColor) {
        return new WidgetLook(newColor, newColorEnd, newTextColor, position, offsetX, offsetY, greeting, offlineMessage);
    }

    public WidgetLook withGreeting(LocalizedText newGreeting) {
        return new WidgetLook(color, colorEnd, textColor, position, offsetX, offsetY, newGreeting, offlineMessage);
    }
}
