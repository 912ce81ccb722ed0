package dev.switchboard.shared.triggers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The texts of notes and notifications: plain text with placeholders {@code {{number}}},
 * {@code {{subject}}}, {@code {{status}}}, {@code {{priority}}}, {@code {{requester}}} and
 * {@code {{rule}}}, filled from the ticket when the rule runs. An unknown placeholder is refused when
 * the rule is saved, so a typo never reaches a customer's ticket as braces.
 */
public final class RuleTemplates {

    public static final List<String> PLACEHOLDERS = List.of("number", "subject", "status", "priority", "requester", "rule");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*}}");

    private RuleTemplates() {
    }

    /** The placeholders of {@code template} that are not in {@link #PLACEHOLDERS}. */
    public static List<String> unknown(String template) {
        List<String> unknown = new ArrayList<>();
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            if (!PLACEHOLDERS.contains(matcher.group(1))) {
                unknown.add(matcher.group(1));
            }
        }
        return unknown;
    }

    /** {@code template} with each known placeholder replaced by its value (an absent value is empty). */
    public static String fill(String template, Map<String, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = PLACEHOLDERS.contains(matcher.group(1)) ? values.getOrDefault(matcher.group(1), "") : matcher.group();
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
