package dev.switchboard.app.sensitivewords;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import java.util.List;

/** The shared rules' messages about sensitive words in the reader's language; others as the backend wrote them. */
final class SensitiveWordTexts {

    private static final int SHOWN = 20;

    private SensitiveWordTexts() {
    }

    static FieldError word(I18n i18n, FieldError error) {
        String key = switch (error.message()) {
            case SensitiveWordRules.WORD_MESSAGE -> "sensitiveWords.error.word";
            case SensitiveWordRules.WORD_TAKEN -> "sensitiveWords.error.taken";
            case SensitiveWordRules.NONE_GIVEN -> "sensitiveWords.error.none";
            case SensitiveWordRules.TOO_MANY -> "sensitiveWords.error.tooMany";
            case SensitiveWordRules.TEXT_MESSAGE -> "sensitiveWords.error.text";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key, SensitiveWordSettings.MAX_WORD_LENGTH, SensitiveWordSettings.MAX_WORDS));
    }

    /**
     * The errors of words added at once, as one message under the list typed: each wrong word
     * named (shortened), as {@code words[i]} counts the lines that are not blank.
     */
    static FieldError ofLines(I18n i18n, List<String> lines, FieldError error) {
        FieldError worded = word(i18n, error);
        if (!error.field().startsWith("words[")) {
            return new FieldError("words", worded.message());
        }
        int index = Integer.parseInt(error.field().substring("words[".length(), error.field().length() - 1));
        String line = index < lines.size() ? lines.get(index) : "";
        String shown = line.length() > SHOWN ? line.substring(0, SHOWN) + "…" : line;
        return new FieldError("words", i18n.get("sensitiveWords.error.line", shown, worded.message()));
    }

    /** Words as one line: 退款, 加我微信. */
    static String list(List<String> words) {
        return String.join(", ", words);
    }
}
