package dev.switchboard.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The PostgreSQL candidate for {@link FanoutBenchmark}: LISTEN/NOTIFY, with the publisher in one
 * of three {@link Mode}s so that NOTIFY can be compared with the row insert it would ride on.
 */
final class PostgresBus implements FanoutBus {

    /** What a PostgreSQL publisher does per message. */
    enum Mode {
        /** {@code SELECT pg_notify(...)} on its own (autocommit): NOTIFY gives the transaction an id, so it commits too. */
        NOTIFY("pg-notify", "SELECT pg_notify('sb_fanout', ?)", false),
        /** The baseline: insert a row and commit, no notification (what the backend pays for a message anyway). */
        INSERT("pg-insert (no notify)", "INSERT INTO fanout_message (body) VALUES (?)", false),
        /** Insert a row and notify in the same transaction, then commit: fan-out that is exactly as durable as the row. */
        INSERT_NOTIFY("pg-insert+notify in tx", "INSERT INTO fanout_message (body) VALUES (?)", true);

        final String label;
        final String sql;
        final boolean notifyToo;

        Mode(String label, String sql, boolean notifyToo) {
            this.label = label;
            this.sql = sql;
            this.notifyToo = notifyToo;
        }
    }

    private final String url;
    private final Mode mode;

    PostgresBus(String url, Mode mode) throws Exception {
        this.url = url;
        this.mode = mode;
        try (Connection c = connect(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS fanout_message (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL)");
            s.execute("TRUNCATE fanout_message");
        }
    }

    /** The driver straight, not through DriverManager: the shaded jar does not merge the drivers' service files. */
    private static Connection connect(String url) throws SQLException {
        return new Driver().connect(url, new Properties());
    }

    public String name() {
        return mode.label;
    }

    public boolean delivers() {
        return mode != Mode.INSERT;
    }

    public String resume() {
        return "none by NOTIFY; the rows themselves can be read again by id";
    }

    public Publisher publisher() throws Exception {
        Connection c = connect(url);
        c.setAutoCommit(mode == Mode.NOTIFY);
        PreparedStatement statement = c.prepareStatement(mode.sql);
        PreparedStatement notify = c.prepareStatement("SELECT pg_notify('sb_fanout', ?)");
        return new Publisher() {
            public void publish(String payload) throws Exception {
                statement.setString(1, payload);
                statement.execute();
                if (mode.notifyToo) {
                    notify.setString(1, payload);
                    notify.execute();
                }
                if (mode != Mode.NOTIFY) {
                    c.commit();
                }
            }

            public void close() throws Exception {
                c.close();
            }
        };
    }

    public Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception {
        Connection c = connect(url);
        try (Statement s = c.createStatement()) {
            s.execute("LISTEN sb_fanout");
        }
        PGConnection pg = c.unwrap(PGConnection.class);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread thread = new Thread(() -> {
            try {
                while (running.get()) {
                    PGNotification[] notifications = pg.getNotifications(200);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            onMessage.accept(n.getParameter());
                        }
                    }
                }
            } catch (SQLException e) {
                if (running.get()) {
                    throw new IllegalStateException(e);
                }
            }
        }, "pg-listener");
        thread.setDaemon(true);
        thread.start();
        return new Subscriber() {
            public String position() {
                return null;
            }

            public void close() throws Exception {
                running.set(false);
                thread.join(2000);
                c.close();
            }
        };
    }
}
