package dev.switchboard.app.visitors;

import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * What the agent narrowed the visitor list to: text found in the title, URL, keyword or source
 * (any case), a status and a source channel; null status or channel means any. Immutable.
 */
public record VisitorFilter(String text, VisitorStatus status, Channel channel) implements Predicate<VisitorRow> {

    public static final VisitorFilter ALL = new VisitorFilter("", null, null);

    public VisitorFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    public boolean isAll() {
        return text.isEmpty() && status == null && channel == null;
    }

    @Override
    public boolean test(VisitorRow row) {
        return (status == null || row.status() == status)
                && (channel == null || row.channel() == channel)
                && (text.isEmpty() || row.searchText().contains(text));
    }
}
