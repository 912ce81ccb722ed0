package dev.switchboard.shared.visitors;

import dev.switchboard.shared.problem.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a visitor's answers to a site's pre-chat form must be. The backend enforces these rules on
 * {@code chat.start}; the widget ({@code validate} in widget.js) applies the same ones before it
 * sends, so a refusal only reaches a visitor whose page holds an outdated form, or a hand-made client.
 *
 * <p>Errors name the field {@code prechat.KEY}, and their message is one of the constants below,
 * so that a client can word it in its reader's language.
 */
public final class PrechatAnswerRules {

    /** Longest answer to a TEXT field (the widget's textarea). */
    public static final int TEXT_MAX = 500;
    /** Longest answer to any other field (the widget's one-line inputs). */
    public static final int LINE_MAX = 100;

    public static final String REQUIRED = "required";
    public static final String TOO_LONG = "too long";
    public static final String NOT_EMAIL = "not an e-mail address";
    public static final String NOT_PHONE = "not a phone number";
    public static final String NOT_AN_OPTION = "not one of the options";
    public static final String NO_MATCH = "does not match the expected format";
    public static final String UNKNOWN = "not a field of this form";

    // the widget's own expressions; Unicode white space counts as space there (JavaScript's \s)
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@.]+(\\.[^\\s@.]+)+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9\\s().-]+", Pattern.UNICODE_CHARACTER_CLASS);
    /**
     * Characters an administrator's pattern may read while matching one answer. A pattern such as
     * {@code (.*a){12}} backtracks combinatorially: anyone who can send a chat start could otherwise
     * hold a server thread for hours with a 40-character answer. Sane patterns read a few
     * hundred characters of a 500-character answer.
     */
    static final long PATTERN_STEPS_MAX = 1_000_000;
    private static final int PHONE_DIGITS_MIN = 5;
    private static final int PHONE_DIGITS_MAX = 15;

    private PrechatAnswerRules() {
    }

    /**
     * The answers as they are kept: surrounding space stripped, empty answers left out (the
     * widget sends neither). Null stands for no answers.
     */
    public static Map<String, String> normalized(Map<String, String> answers) {
        Map<String, String> kept = new LinkedHashMap<>();
        if (answers != null) {
            answers.forEach((key, value) -> {
                String stripped = value == null ? "" : value.strip();
                if (!stripped.isEmpty()) {
                    kept.put(key, stripped);
                }
            });
        }
        return kept;
    }

    /** What is wrong with {@code answers} (already {@link #normalized}) to {@code form}; empty when nothing is. */
    public static List<FieldError> check(PrechatForm form, Map<String, String> answers) {
        List<FieldError> errors = new ArrayList<>();
        for (PrechatField field : form.fields()) {
            String answer = answers.get(field.key());
            String problem = answer == null ? (field.required() ? REQUIRED : null) : problemOf(field, answer);
            if (problem != null) {
                errors.add(new FieldError("prechat." + field.key(), problem));
            }
        }
        for (String key : answers.keySet()) {
            if (form.fields().stream().noneMatch(field -> field.key().equals(key))) {
                errors.add(new FieldError("prechat." + key, UNKNOWN));
            }
        }
        return errors;
    }

    /**
     * The question type that routing reads: the answer to the form's QUESTION_TYPE field, only
     * when it is one of that field's options.
     */
    public static Optional<String> questionType(PrechatForm form, Map<String, String> answers) {
        return form.fields().stream()
                .filter(field -> field.type() == PrechatField.FieldType.QUESTION_TYPE)
                .map(field -> answers.get(field.key()))
                .filter(answer -> answer != null)
                .findFirst()
                .filter(answer -> form.fields().stream().anyMatch(field -> field.type() == PrechatField.FieldType.QUESTION_TYPE
                        && field.options() != null && field.options().contains(answer)));
    }

    private static String problemOf(PrechatField field, String answer) {
        int max = field.type() == PrechatField.FieldType.TEXT ? TEXT_MAX : LINE_MAX;
        if (answer.length() > max) {
            return TOO_LONG;
        }
        if (field.type() == PrechatField.FieldType.EMAIL && !EMAIL.matcher(answer).matches()) {
            return NOT_EMAIL;
        }
        if (field.type() == PrechatField.FieldType.PHONE && !isPhone(answer)) {
            return NOT_PHONE;
        }
        if (field.type() != null && field.type().isChoice() && (field.options() == null || !field.options().contains(answer))) {
            return NOT_AN_OPTION;
        }
        if (field.pattern() != null && !matchesWithin(Pattern.compile(field.pattern()), answer, PATTERN_STEPS_MAX)) {
            return NO_MATCH;
        }
        return null;
    }

    /** Whether {@code pattern} matches all of {@code answer} reading at most {@code steps} characters; false past that. */
    static boolean matchesWithin(Pattern pattern, String answer, long steps) {
        try {
            return pattern.matcher(new CountedText(answer, steps)).matches();
        } catch (CountedText.Exhausted e) {
            return false;
        }
    }

    /** The answer as the regex engine reads it, one counted character at a time. */
    private static final class CountedText implements CharSequence {
        private final String text;
        private final long[] left;

        CountedText(String text, long steps) {
            this(text, new long[] {steps});
        }

        private CountedText(String text, long[] left) {
            this.text = text;
            this.left = left;
        }

        @Override
        public char charAt(int index) {
            if (--left[0] < 0) {
                throw new Exhausted();
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new CountedText(text.substring(start, end), left);
        }

        @Override
        public String toString() {
            return text;
        }

        static final class Exhausted extends RuntimeException {
            Exhausted() {
                super(null, null, false, false);
            }
        }
    }

    /** Digits with the usual separators; 5 to 15 digits covers short service numbers to E.164. */
    private static boolean isPhone(String answer) {
        if (!PHONE.matcher(answer).matches()) {
            return false;
        }
        long digits = answer.chars().filter(c -> c >= '0' && c <= '9').count();
        return digits >= PHONE_DIGITS_MIN && digits <= PHONE_DIGITS_MAX;
    }
}
