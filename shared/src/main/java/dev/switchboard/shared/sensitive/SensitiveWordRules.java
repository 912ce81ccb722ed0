package dev.switchboard.shared.sensitive;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes sensitive words valid, checked by the backend (the authority) and by the workstation
 * before it sends. Field names are the JSON field names ({@code words[i]} for the i-th word added);
 * messages are protocol constants the workstation words in the reader's language. Two words are
 * the same when the matcher cannot tell them apart ({@link SensitiveWordMatcher#key}).
 */
public final class SensitiveWordRules {

    public static final String WORD_MESSAGE = "1 to " + SensitiveWordSettings.MAX_WORD_LENGTH + " characters";
    public static final String NONE_GIVEN = "at least one word";
    public static final String TOO_MANY = "at most " + SensitiveWordSettings.MAX_WORDS + " words in the list";
    public static final String VERSION_REQUIRED = "the version the word was read at";
    public static final String WORD_TAKEN = "the list has this word already";
    public static final String TEXT_MESSAGE = "1 to " + SensitiveWordTrial.MAX_TEXT + " characters";

    private SensitiveWordRules() {
    }

    /** The words added, checked one by one ({@code words[i]}); duplicates are no error, they are left out. */
    public static List<FieldError> check(NewSensitiveWords request) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null || request.words() == null || request.words().isEmpty()) {
            errors.add(new FieldError("words", NONE_GIVEN));
            return errors;
        }
        if (request.words().size() > SensitiveWordSettings.MAX_WORDS) {
            errors.add(new FieldError("words", TOO_MANY));
            return errors;
        }
        for (int i = 0; i < request.words().size(); i++) {
            if (!valid(request.words().get(i))) {
                errors.add(new FieldError("words[" + i + "]", WORD_MESSAGE));
            }
        }
        return errors;
    }

    /** A word changed: its new form, and the version it was read at. */
    public static List<FieldError> check(SensitiveWordEdit edit) {
        List<FieldError> errors = new ArrayList<>();
        if (edit == null || !valid(edit.word())) {
            errors.add(new FieldError("word", WORD_MESSAGE));
        }
        if (edit == null || edit.version() == null) {
            errors.add(new FieldError("version", VERSION_REQUIRED));
        }
        return errors;
    }

    /** The sentence to try. */
    public static List<FieldError> check(SensitiveWordTrial.Request trial) {
        if (trial == null || trial.text() == null || trial.text().isBlank() || trial.text().length() > SensitiveWordTrial.MAX_TEXT) {
            return List.of(new FieldError("text", TEXT_MESSAGE));
        }
        return List.of();
    }

    public static boolean valid(String word) {
        return word != null && !word.isBlank() && word.strip().length() <= SensitiveWordSettings.MAX_WORD_LENGTH;
    }

    /** A pasted list as words: one per line, stripped, blank lines left out (duplicates stay, for {@link #sort} to report). */
    public static List<String> lines(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    /** New words, and those the list or an earlier word of the same request has already. */
    public record Sorted(List<String> fresh, List<String> duplicates) {
    }

    /** Sorts valid, stripped {@code words} into those to add and the duplicates of {@code existing} or of each other. */
    public static Sorted sort(List<String> words, Collection<String> existing) {
        Set<String> seen = new HashSet<>();
        existing.forEach(word -> seen.add(SensitiveWordMatcher.key(word)));
        List<String> fresh = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (String word : words) {
            String stripped = word.strip();
            (seen.add(SensitiveWordMatcher.key(stripped)) ? fresh : duplicates).add(stripped);
        }
        return new Sorted(fresh, duplicates);
    }
}
