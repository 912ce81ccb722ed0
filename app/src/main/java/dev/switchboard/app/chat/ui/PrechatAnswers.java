package dev.switchboard.app.chat.ui;

import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A visitor's pre-chat answers as the agent reads them: each under the label the site's form gives
 * its field (Chinese where the agent reads Chinese and the form has it), in the form's order; an
 * answer to a field the form does not know (any more) under its key made readable, after them.
 */
final class PrechatAnswers {

    /** One answer: what was asked and what the visitor wrote (plain text). */
    record Answer(String label, String value) {
    }

    private PrechatAnswers() {
    }

    /** @param form the site's form, or null while it is not known */
    static List<Answer> of(Map<String, String> answers, PrechatForm form, Locale locale) {
        Map<String, String> left = new TreeMap<>(answers);
        List<Answer> shown = new ArrayList<>();
        if (form != null) {
            for (PrechatField field : form.fields()) {
                String value = left.remove(field.key());
                if (value != null) {
                    shown.add(new Answer(label(field, locale), value));
                }
            }
        }
        left.forEach((key, value) -> shown.add(new Answer(readable(key), value)));
        return shown;
    }

    private static String label(PrechatField field, Locale locale) {
        boolean chinese = "zh".equals(locale.getLanguage());
        if (chinese && field.labelZh() != null && !field.labelZh().isBlank()) {
            return field.labelZh().strip();
        }
        if (field.label() != null && !field.label().isBlank()) {
            return field.label().strip();
        }
        return readable(field.key());
    }

    /** "order_no", "order-no" and "orderNo" read "Order no". */
    static String readable(String key) {
        String spaced = key.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("[_\\-.]+", " ").strip();
        if (spaced.isEmpty()) {
            return key;
        }
        String lower = spaced.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
