package dev.switchboard.shared.sensitive;

import java.util.List;

/** Body of {@code POST /api/v1/sensitive-words/entries}: one word or many (a pasted list, one per line). */
public record NewSensitiveWords(List<String> words) {

    public NewSensitiveWords {
        words = words == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(words));
    }
}
