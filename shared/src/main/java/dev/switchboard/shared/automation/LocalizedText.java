package dev.switchboard.shared.automation;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;

/**
 * A text people see in their own language: Simplified Chinese for a reader whose language starts
 * with {@code zh}, English for anyone else; when the wanted one is blank, the other.
 */
public record LocalizedText(String zh, String en) {

    /** The longest text either language may have. */
    public static final int MAX_LENGTH = 1000;

    /** Neither language has a text: nothing is said. */
    @JsonIgnore
    public boolean isEmpty() {
        return blank(zh) && blank(en);
    }

    /** The text for a reader of {@code language} (a BCP 47 tag such as {@code zh-CN}, or null). */
    public String forLanguage(String language) {
        boolean chinese = language != null && language.toLowerCase(Locale.ROOT).startsWith("zh");
        String wanted = chinese ? zh : en;
        return blank(wanted) ? (chinese ? en : zh) : wanted;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
