package dev.switchboard.app.visitors;

import java.time.Instant;
import java.util.Comparator;
import java.util.function.Function;

/**
 * The columns of the visitor list and how each sorts, ascending. Time columns sort by the instant
 * they count from, so ticking clocks never reorder the list; longer times sort later.
 */
public enum VisitorColumn {
    PAGE(Comparator.comparing(VisitorRow::pageTitle, String.CASE_INSENSITIVE_ORDER)
            .thenComparing(row -> nullToEmpty(row.visitor().currentUrl()))),
    SOURCE(Comparator.comparing(VisitorRow::channel).thenComparing(VisitorRow::sourceDetail, textOrder())),
    KEYWORD(Comparator.comparing(VisitorRow::keyword, textOrder())),
    DEVICE(Comparator.comparing((VisitorRow row) -> nullToEmpty(row.visitor().region()), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(VisitorRow::deviceType)
            .thenComparing(VisitorRow::deviceDetail)),
    ON_SITE(since(row -> row.visitor().visitStartedAt())),
    ON_PAGE(since(row -> row.visitor().pageSince())),
    PAGES(Comparator.comparingInt(row -> row.visitor().pagesViewed())),
    VISITS(Comparator.comparingInt(row -> row.visitor().visitCount())),
    STATUS(Comparator.comparing(VisitorRow::status).thenComparing(row -> row.visitor().blocked()));

    private final Comparator<VisitorRow> ascending;

    VisitorColumn(Comparator<VisitorRow> ascending) {
        this.ascending = ascending;
    }

    public Comparator<VisitorRow> comparator() {
        return ascending;
    }

    public String textKey() {
        return "visitors.column." + name();
    }

    /** Empty values last, the rest without regard to case. */
    private static Comparator<String> textOrder() {
        return Comparator.nullsLast(String.CASE_INSENSITIVE_ORDER);
    }

    /** Shortest time first: the latest start first; unknown starts last. */
    private static Comparator<VisitorRow> since(Function<VisitorRow, Instant> start) {
        return Comparator.comparing(start, Comparator.nullsLast(Comparator.<Instant>reverseOrder()));
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
