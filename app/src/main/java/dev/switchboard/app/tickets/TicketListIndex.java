package dev.switchboard.app.tickets;

import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.Ticket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable snapshot of a queue's tickets made for searching and sorting many of them off the FX
 * thread: each ticket's search text (what its row shows)
 * is lowered once when the snapshot is made, not at every keystroke for every ticket; each order is
 * sorted once per snapshot, comparing keys read once per ticket rather than once per comparison, and
 * a query only walks it. {@link #query} answers from the immutable snapshot (its sorted orders are
 * memoized, safely for any thread), off the FX thread; the FX thread only puts its answer in the
 * table's list in one change. Built for the 100,000-ticket views (docs/BENCHMARKS.md, "tickets").
 */
final class TicketListIndex {

    /** The orders a view offers, each ascending or descending; ties go by ticket id in the same direction, so a sort is stable across snapshots. */
    enum Order {
        UPDATED,
        NUMBER,
        SUBJECT,
        PRIORITY,
        /** By the statuses' workflow position (new before open before pending ...), as the admin ordered them. */
        STATUS,
        ASSIGNEE,
        GROUP,
        /** By what the requester column shows (the name, else the contact). */
        REQUESTER,
        /** Soonest SLA target first; tickets with none last. */
        SLA_DUE,
        /** Soonest pending reminder first; tickets with none last. */
        REMINDER
    }

    private static final Requester NO_REQUESTER = new Requester(0, null, null, null, null);

    private final Ticket[] tickets;
    private final String[] texts;
    private final TicketTerms terms;
    private final Map<Order, int[]> orders = new ConcurrentHashMap<>();
    /** Built at the snapshot's first search, not with it: a snapshot nobody searches costs no postings. */
    private volatile TicketTextGrams grams;

    private TicketListIndex(Ticket[] tickets, String[] texts, TicketTerms terms) {
        this.tickets = tickets;
        this.texts = texts;
        this.terms = terms;
    }

    /** The snapshot of {@code tickets}, their names (agents, groups) as {@code terms} give them. Off the FX thread for many tickets. */
    static TicketListIndex of(List<Ticket> tickets, TicketTerms terms) {
        Ticket[] all = tickets.toArray(Ticket[]::new);
        String[] texts = new String[all.length];
        for (int i = 0; i < all.length; i++) {
            texts[i] = searchText(all[i], terms);
        }
        return new TicketListIndex(all, texts, terms);
    }

    int size() {
        return tickets.length;
    }

    /**
     * The tickets whose row text contains {@code search} (ignoring case; blank: all), in {@code order}:
     * a walk over the order's permutation, sorted once per snapshot and order (the first query of an
     * order sorts, later keystrokes and a click back on that column only filter). Only the rows whose
     * texts hold every pair of adjacent characters of the search ({@link TicketTextGrams}) are tested for it.
     */
    List<Ticket> query(String search, Order order, boolean descending) {
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        long[] candidates = needle.isEmpty() ? null : grams().candidates(needle);
        if (!needle.isEmpty() && candidates == null) {
            return new ArrayList<>();
        }
        int[] permutation = orders.computeIfAbsent(order, this::sortedBy);
        List<Ticket> answer = new ArrayList<>(needle.isEmpty() ? tickets.length : 256);
        for (int i = 0; i < permutation.length; i++) {
            int position = permutation[descending ? permutation.length - 1 - i : i];
            if (candidates == null
                    || (candidates[position >>> 6] & (1L << position)) != 0 && texts[position].contains(needle)) {
                answer.add(tickets[position]);
            }
        }
        return answer;
    }

    /** The heap the search's postings take once a search built them, in bytes; 0 before (for the benchmark). */
    long searchPostingsBytes() {
        TicketTextGrams built = grams;
        return built == null ? 0 : built.bytes();
    }

    private TicketTextGrams grams() {
        TicketTextGrams built = grams;
        if (built == null) {
            synchronized (this) {
                built = grams;
                if (built == null) {
                    built = TicketTextGrams.of(texts);
                    grams = built;
                }
            }
        }
        return built;
    }

    /** The positions in ascending {@code order}, ties by ticket id. */
    private int[] sortedBy(Order order) {
        Integer[] positions = new Integer[tickets.length];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = i;
        }
        Arrays.sort(positions, comparator(order));
        return Arrays.stream(positions).mapToInt(Integer::intValue).toArray();
    }

    /** Compares positions by a key read from each ticket once (names resolved up front), then by id. */
    private Comparator<Integer> comparator(Order order) {
        Comparator<Integer> byKey = switch (order) {
            case UPDATED -> longKey(ticket -> ticket.updatedAt() == null ? Long.MIN_VALUE : ticket.updatedAt().toEpochMilli());
            case REMINDER -> longKey(ticket -> ticket.pendingUntil() == null ? Long.MAX_VALUE : ticket.pendingUntil().toEpochMilli());
            case SLA_DUE -> longKey(ticket -> ticket.sla() == null || ticket.sla().nextDueAt() == null ? Long.MAX_VALUE
                    : ticket.sla().nextDueAt().toEpochMilli());
            case PRIORITY -> longKey(ticket -> ticket.priority() == null ? -1 : ticket.priority().ordinal());
            case NUMBER -> textKey(ticket -> ticket.number());
            case SUBJECT -> textKey(ticket -> ticket.subject());
            case STATUS -> longKey(ticket -> statusPosition(ticket.status()));
            case ASSIGNEE -> textKey(ticket -> terms.agent(ticket.assigneeId()));
            case GROUP -> textKey(ticket -> terms.group(ticket.groupId()));
            case REQUESTER -> textKey(TicketColumn::requester);
        };
        return byKey.thenComparingLong(position -> tickets[position].id());
    }

    /** A status the terms do not know (yet) sorts after the known ones. */
    private long statusPosition(String key) {
        var status = key == null ? null : terms.statuses().get(key);
        return status == null ? Integer.MAX_VALUE : status.position();
    }

    private Comparator<Integer> longKey(java.util.function.ToLongFunction<Ticket> key) {
        long[] keys = new long[tickets.length];
        for (int i = 0; i < tickets.length; i++) {
            keys[i] = key.applyAsLong(tickets[i]);
        }
        return (a, b) -> Long.compare(keys[a], keys[b]);
    }

    private Comparator<Integer> textKey(java.util.function.Function<Ticket, String> key) {
        String[] keys = new String[tickets.length];
        for (int i = 0; i < tickets.length; i++) {
            keys[i] = Objects.requireNonNullElse(key.apply(tickets[i]), "");
        }
        return (a, b) -> keys[a].compareTo(keys[b]);
    }

    /** What a row shows and the list's search reads, lowered: number, subject, requester's name and contacts, assignee, group, tags. */
    static String searchText(Ticket ticket, TicketTerms terms) {
        Requester requester = ticket.requester() == null ? NO_REQUESTER : ticket.requester();
        return String.join(" ", Objects.toString(ticket.number(), ""), Objects.toString(ticket.subject(), ""),
                Objects.toString(requester.name(), ""), Objects.toString(requester.email(), ""), Objects.toString(requester.phone(), ""),
                terms.agent(ticket.assigneeId()), terms.group(ticket.groupId()), String.join(" ", ticket.tags())).toLowerCase(Locale.ROOT);
    }
}
