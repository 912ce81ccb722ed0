package dev.switchboard.server.infra;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.agents.Role;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * How the stores' rows become records, on H2 and, where {@code SWITCHBOARD_TEST_PG_URL} names a
 * server (as in CI), on PostgreSQL: the two label columns differently (H2 in upper case), and the
 * JVM's locale and time zone are the operator's.
 */
class DatabaseMappingTest {

    /** A row as a store maps it: snake_case columns, a timestamp, an enum, a JSON column, a null. */
    public record Visit(long id, String visitorId, Instant seenAt, Role role, @Json Map<String, String> answers, Long ownerId) {
    }

    private static final String SELECT = "SELECT 7 AS id, 'v-1' AS visitor_id, CAST(:at AS TIMESTAMP WITH TIME ZONE) AS seen_at, "
            + "'SUPERVISOR' AS role, CAST(:answers AS VARCHAR(200)) AS answers, CAST(NULL AS BIGINT) AS owner_id";
    private static final RowMapper<Visit> VISITS = RecordMapper.of(Visit.class);

    @TempDir
    Path data;

    private Locale locale;
    private TimeZone zone;

    @BeforeEach
    void turkishLocaleAndAZoneOffByHalfAnHour() {
        locale = Locale.getDefault();
        zone = TimeZone.getDefault();
        // lower-cased in Turkish, H2's "VISITOR_ID" becomes "vısıtor_ıd"
        Locale.setDefault(Locale.forLanguageTag("tr-TR"));
        TimeZone.setDefault(TimeZone.getTimeZone("America/St_Johns"));
    }

    @AfterEach
    void restore() {
        Locale.setDefault(locale);
        TimeZone.setDefault(zone);
    }

    static Stream<String> databases() {
        String postgres = System.getenv("SWITCHBOARD_TEST_PG_URL");
        return postgres != null && postgres.startsWith("jdbc:postgresql:") ? Stream.of("H2", "PostgreSQL") : Stream.of("H2");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void rowsBecomeRecordsWhateverTheDatabaseLocaleAndTimeZone(String name) throws Exception {
        Instant at = Instant.parse("2026-03-29T01:30:00.123456Z");
        try (Database database = open(name)) {
            List<Visit> visits = database.jdbi().withHandle(handle -> List.of(
                    handle.createQuery(SELECT).bind("at", at).bind("answers", "{\"name\":\"李雷\"}")
                            .map(VISITS).one(),
                    handle.createQuery(SELECT).bind("at", at).bind("answers", (String) null)
                            .map(VISITS).one()));

            assertThat(visits).containsExactly(
                    new Visit(7, "v-1", at, Role.SUPERVISOR, Map.of("name", "李雷"), null),
                    new Visit(7, "v-1", at, Role.SUPERVISOR, null, null));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void aMapperMatchesEachShapeOfResultOnItsOwn(String name) throws Exception {
        Instant at = Instant.parse("2026-11-02T08:00:00Z");
        try (Database database = open(name)) {
            // the mapper keeps what it matched for the first query; the second has its columns in another order
            Visit first = database.jdbi().withHandle(handle -> handle.createQuery(SELECT).bind("at", at).bind("answers", "{}").map(VISITS).one());
            Visit second = database.jdbi().withHandle(handle -> handle.createQuery("SELECT CAST(NULL AS BIGINT) AS owner_id, "
                            + "CAST(:answers AS VARCHAR(200)) AS answers, 'AGENT' AS role, CAST(:at AS TIMESTAMP WITH TIME ZONE) AS seen_at, "
                            + "'v-2' AS visitor_id, 8 AS id")
                    .bind("at", at).bind("answers", "{\"q\":\"a\"}").map(VISITS).one());

            assertThat(first).isEqualTo(new Visit(7, "v-1", at, Role.SUPERVISOR, Map.of(), null));
            assertThat(second).isEqualTo(new Visit(8, "v-2", at, Role.AGENT, Map.of("q", "a"), null));
        }
    }

    private Database open(String name) throws Exception {
        return name.equals("H2") ? Database.open(data, Optional.empty()) : Database.open(data, Optional.of(freshPostgresDatabase()));
    }

    private static String freshPostgresDatabase() throws Exception {
        String adminUrl = System.getenv("SWITCHBOARD_TEST_PG_URL");
        String name = "switchboard_mapping_" + System.nanoTime();
        try (Connection connection = DriverManager.getConnection(adminUrl); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        return adminUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1");
    }
}
