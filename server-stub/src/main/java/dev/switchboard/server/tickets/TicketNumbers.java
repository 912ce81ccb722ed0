package dev.switchboard.server.tickets;

import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.UnableToExecuteStatementException;

/**
 * Hands out ticket numbers {@code T-yyyyMMdd-NNNN}: the UTC day and its counter, which grows past
 * four digits on a day with more than 9,999 tickets. The counter is a row per day in the database,
 * taken with an UPDATE inside the ticket's transaction: its row lock makes concurrent creators wait
 * for each other on any node, and a transaction that rolls back gives its number back with it. Nothing
 * is kept in memory (ADR 0008).
 */
final class TicketNumbers {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);
    /** SQLSTATE of a unique violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final Jdbi jdbi;
    private final Clock clock;

    TicketNumbers(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /**
     * Makes sure today's counter row exists, in a transaction of its own before the ticket's: two
     * nodes inserting it at once leave one row (the loser's unique violation is expected), and the
     * ticket's transaction never fails on it, which on PostgreSQL would abort it.
     */
    String prepareDay() {
        String day = DAY.format(clock.instant());
        boolean exists = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM ticket_number_day WHERE number_day = :day")
                .bind("day", day).mapTo(Integer.class).one() > 0);
        if (!exists) {
            try {
                jdbi.useHandle(handle -> handle.createUpdate("INSERT INTO ticket_number_day (number_day, last_number) VALUES (:day, 0)")
                        .bind("day", day).execute());
            } catch (UnableToExecuteStatementException e) {
                if (!(e.getCause() instanceof SQLException sql) || !UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    throw e;
                }
            }
        }
        return day;
    }

    /** The next number of {@code day} (prepared before), in the ticket's transaction. */
    static String next(Handle handle, String day) {
        int updated = handle.createUpdate("UPDATE ticket_number_day SET last_number = last_number + 1 WHERE number_day = :day")
                .bind("day", day).execute();
        if (updated != 1) {
            throw new IllegalStateException("the counter of day " + day + " was not prepared");
        }
        int number = handle.createQuery("SELECT last_number FROM ticket_number_day WHERE number_day = :day").bind("day", day)
                .mapTo(Integer.class).one();
        return String.format("T-%s-%04d", day, number);
    }
}
