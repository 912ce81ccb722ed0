package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One field of the pre-chat form. {@code key} is stable (it names the answer and the widget's
 * {@code data-sb} hook); labels come in English and Chinese; {@code options} only for SELECT;
 * {@code pattern} is an optional regular expression the answer must match.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PrechatField(String key, FieldType type, String label, String labelZh, boolean required,
                           List<String> options, String pattern) {

    /** Kinds of pre-chat field, each with its own built-in validation. */
    public enum FieldType {
        NAME,
        PHONE,
        EMAIL,
        QUESTION_TYPE,
        TEXT
    }

    public PrechatField {
        options = options == null ? null : List.copyOf(options);
    }
}
