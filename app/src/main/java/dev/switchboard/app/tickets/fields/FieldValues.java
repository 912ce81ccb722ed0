package dev.switchboard.app.tickets.fields;

import dev.switchboard.shared.tickets.TicketField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** Custom field values between what the agent typed and the JSON a ticket carries. */
final class FieldValues {

    private FieldValues() {
    }

    /**
     * The value of {@code input} for {@code field}, null when empty. A number that does not read as
     * one stays the text typed, so the shared rules name it ("a number") rather than it being lost.
     */
    static Object value(TicketField field, FieldInput input) {
        String text = input.text.get() == null ? "" : input.text.get().strip();
        return switch (field.type()) {
            case TEXT, DATE, DROPDOWN -> text.isEmpty() ? null : text;
            case NUMBER -> text.isEmpty() ? null : number(text);
            case MULTI_SELECT -> input.chosen.isEmpty() ? null
                    : field.options().stream().filter(input.chosen::contains).toList();
            case CHECKBOX -> input.checked.get();
        };
    }

    /** Whether two values are the same value (numbers by value: 2 and 2.0 are equal). */
    static boolean same(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString())) == 0;
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            return x.size() == y.size() && x.containsAll(y);
        }
        return Objects.equals(a, b);
    }

    static String numberText(Number number) {
        return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
    }

    private static Object number(String text) {
        try {
            BigDecimal value = new BigDecimal(text.replace(",", ""));
            if (value.stripTrailingZeros().scale() <= 0 && value.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0) {
                return value.longValue();
            }
            return value.doubleValue();
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }
}
