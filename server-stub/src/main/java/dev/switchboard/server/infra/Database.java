package dev.switchboard.server.infra;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.switchboard.shared.json.Json;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.enums.EnumStrategy;
import org.jdbi.v3.core.enums.Enums;
import org.jdbi.v3.core.mapper.CaseStrategy;
import org.jdbi.v3.core.mapper.reflect.ReflectionMappers;
import org.jdbi.v3.jackson2.Jackson2Config;
import org.jdbi.v3.jackson2.Jackson2Plugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The backend's relational store: a connection pool, the schema migrated by Flyway on start, and
 * JDBI on top. Embedded H2 in the data folder by default; any JDBC URL (PostgreSQL) otherwise.
 *
 * <p>Rows are read by Jdbi's mappers: records by {@link RecordMapper} (columns matched to
 * components by name, snake_case to camelCase), {@code @Json} columns by Jackson with the
 * protocol's own {@link Json#mapper()}. See docs/decisions/0012-persistence-and-test-kit.md (part 12a).
 */
public final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = configure(Jdbi.create(dataSource));
    }

    /** How rows become values, the same on H2 and PostgreSQL. */
    static Jdbi configure(Jdbi jdbi) {
        // H2 labels columns in upper case; lower-casing them in the default locale would turn
        // "ID" into "ıd" under a Turkish locale, and no column would match its component
        jdbi.getConfig(ReflectionMappers.class).setCaseChange(CaseStrategy.LOWER);
        // every timestamp column is TIMESTAMP WITH TIME ZONE: read the instant it holds, whatever
        // the JVM's time zone (Jdbi's own Instant mapper goes through java.sql.Timestamp)
        jdbi.registerColumnMapper(Instant.class, (rs, column, ctx) -> {
            OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
            return value == null ? null : value.toInstant();
        });
        // enum columns hold the constant's name
        jdbi.getConfig(Enums.class).setEnumStrategy(EnumStrategy.BY_NAME);
        jdbi.installPlugin(new Jackson2Plugin());
        jdbi.getConfig(Jackson2Config.class).setMapper(Json.mapper());
        return jdbi;
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
                .placeholders(Map.of("idCache", idCache(url)))
                .load()
                .migrate();
        LOG.info("database ready at {}", redact(url));
        return database;
    }

    /**
     * How many ids a sequence hands out ahead. H2 writes its store each time a cache runs out, and
     * its cache is the database's, so ids stay in order; PostgreSQL's cache is per session, which
     * would put ids out of the order of creation (V16).
     */
    private static String idCache(String url) {
        return url.startsWith("jdbc:h2:") ? "1000" : "1";
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
