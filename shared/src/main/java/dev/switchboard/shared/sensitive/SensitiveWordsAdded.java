package dev.switchboard.shared.sensitive;

import java.util.List;

/**
 * Answer of {@code POST /api/v1/sensitive-words/entries}: the words stored, and those left out
 * because the list (or the request itself) has them already, as given (the matcher compares
 * without case and full-width forms, so {@code SCAM} repeats {@code scam}).
 */
public record SensitiveWordsAdded(List<SensitiveWord> added, List<String> duplicates) {

    public SensitiveWordsAdded {
        added = List.copyOf(added);
        duplicates = List.copyOf(duplicates);
    }
}
