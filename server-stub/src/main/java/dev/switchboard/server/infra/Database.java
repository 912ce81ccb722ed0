package dev.switchboard.server.infra;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's relational store: a connection pool, the schema migrated by Flyway on start, and
 * JDBI on top. Embedded H2 in the data folder by default; any JDBC URL (PostgreSQL) otherwise.
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
    }

    public static Database open(Path dataDir, Optional<String> jdbcUrl) {
        String url = jdbcUrl.orElseGet(() -> embeddedUrl(dataDir));
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setPoolName("switchboard-db");
        config.setMaximumPoolSize(8);
        if (url.startsWith("jdbc:h2:")) {
            config.setUsername("sa");
        }
        Database database = new Database(new HikariDataSource(config));
        Flyway.configure()
                .dataSource(database.dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        LOG.info("database ready at {}", redact(url));
        return database;
    }

    /**
     * WRITE_DELAY=0 makes H2 write every commit to the file before the commit returns, so that a
     * {@code kill -9} loses nothing that was acknowledged (the default delays writes by 500 ms).
     * It does not fsync: a power loss can still lose the last commits, the same trade-off as
     * PostgreSQL with synchronous_commit=off. DB_CLOSE_ON_EXIT=FALSE leaves closing to our own
     * shutdown, which happens after the HTTP server has stopped taking requests.
     */
    static String embeddedUrl(Path dataDir) {
        Path file = dataDir.toAbsolutePath().resolve("switchboard");
        return "jdbc:h2:file:" + file + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE";
    }

    /** Credentials can sit in a JDBC URL: log only what precedes its parameters. */
    static String redact(String url) {
        int cut = url.indexOf('?');
        return cut < 0 ? url : url.substring(0, cut) + "?…";
    }

    public Jdbi jdbi() {
        return jdbi;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
