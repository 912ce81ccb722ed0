package dev.switchboard.shared.tickets;

/**
 * A status a ticket can be in ({@code new}, {@code open}, {@code pending}, {@code on_hold},
 * {@code solved}, {@code closed}, and those administrators add), named in English and Simplified
 * Chinese. {@code key} is what tickets carry; {@code kind} decides the allowed moves
 * ({@link StatusKind#canMoveTo}); {@code pausesSla} stops the SLA clock while a ticket is in it.
 * Built-in statuses keep their key and kind; their names and the pause may change.
 */
public record TicketStatus(String key, String name, String nameZh, StatusKind kind, boolean pausesSla, int position,
                           boolean builtIn, long version) {

    /** The change-log entity of ticket statuses. */
    public static final String ENTITY = "ticket_status";
    public static final String NEW = "new";
    public static final String OPEN = "open";
    public static final String PENDING = "pending";
    public static final String ON_HOLD = "on_hold";
    public static final String SOLVED = "solved";
    public static final String CLOSED = "closed";

    /** The name in the reader's language: Chinese for {@code zh*}, English otherwise. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : name;
    }
}
