package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One field of the pre-chat form. {@code key} is stable (it names the answer and the widget's
 * {@code data-sb} hook); labels come in English and Chinese; {@code options} only for the choices
 * (QUESTION_TYPE, SELECT); {@code pattern} is an optional regular expression the answer must match.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrechatField(String key, FieldType type, String label, String labelZh, boolean required,
                           List<String> options, String pattern) {

    /**
     * Kinds of pre-chat field, each with its own built-in validation: NAME (one line, the visitor's
     * name: the only field an invited visitor is asked for), LINE (one line of anything), PHONE,
     * EMAIL, TEXT (several lines), and two choices from {@code options}: QUESTION_TYPE, whose answer
     * routing reads (at most one per form), and SELECT, which routing ignores.
     */
    public enum FieldType {
        NAME,
        PHONE,
        EMAIL,
        QUESTION_TYPE,
        TEXT,
        LINE,
        SELECT;

        /** Whether the visitor picks one of the field's options. */
        public boolean isChoice() {
            return this == QUESTION_TYPE || this == SELECT;
        }
    }

    public PrechatField {
        options = options == null ? null : List.copyOf(options);
    }
}
