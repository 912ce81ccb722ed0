package dev.switchboard.server.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own on the PostgreSQL server {@code SWITCHBOARD_TEST_PG_URL} names (its user
 * may create databases; {@code .ci/start-postgres} starts such a server), dropped on close. A
 * unique name keeps tests apart, also those of other JVMs on the same server.
 */
public final class PostgresqlDatabase implements AutoCloseable {

    public static final String SERVER_VARIABLE = "SWITCHBOARD_TEST_PG_URL";

    private final String serverUrl;
    private final String name;

    private PostgresqlDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
    }

    /** Whether a server is configured for the tests. */
    public static boolean configured() {
        String url = System.getenv(SERVER_VARIABLE);
        return url != null && url.startsWith("jdbc:postgresql:");
    }

    public static PostgresqlDatabase create() {
        if (!configured()) {
            throw new IllegalStateException(SERVER_VARIABLE + " names no PostgreSQL server (jdbc:postgresql://...): start one with .ci/start-postgres");
        }
        String serverUrl = System.getenv(SERVER_VARIABLE);
        PostgresqlDatabase database = new PostgresqlDatabase(serverUrl, "switchboard_test_" + UUID.randomUUID().toString().replace("-", ""));
        database.execute("CREATE DATABASE " + database.name);
        return database;
    }

    /** The JDBC URL of this database: the server's URL with this database's name in place of the one it names. */
    public String url() {
        return serverUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }

    /** Drops the database, ending the sessions of a backend that is still connected (a killed process's, say). */
    @Override
    public void close() {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + " on " + serverUrl.replaceFirst("\\?.*", "") + ": " + e.getMessage(), e);
        }
    }
}
