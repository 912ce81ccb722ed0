package dev.switchboard.server.sensitive;

import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordMode;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/** The rows of sensitive words ({@code sensitive_word}) and of the agents' mode ({@code sensitive_word_policy}, one row). */
final class SensitiveWordStore {

    private static final String COLUMNS = "id, word, created_at, version";
    private static final RowMapper<SensitiveWord> WORDS = RecordMapper.of(SensitiveWord.class);

    private SensitiveWordStore() {
    }

    static List<SensitiveWord> all(Handle handle) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sensitive_word ORDER BY word").map(WORDS).list();
    }

    static Optional<SensitiveWord> find(Handle handle, long id) {
        return handle.createQuery("SELECT " + COLUMNS + " FROM sensitive_word WHERE id = :id").bind("id", id).map(WORDS).findOne();
    }

    static SensitiveWord insert(Handle handle, String word, Instant at) {
        long id = handle.createUpdate("INSERT INTO sensitive_word (word, created_at, version) VALUES (:word, :at, 1)")
                .bind("word", word).bind("at", at).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        return find(handle, id).orElseThrow();
    }

    /** Changes the word if it is still at {@code version}; false when it is not (or gone). */
    static boolean update(Handle handle, long id, String word, long version) {
        return handle.createUpdate("UPDATE sensitive_word SET word = :word, version = version + 1 WHERE id = :id AND version = :version")
                .bind("word", word).bind("id", id).bind("version", version).execute() > 0;
    }

    static void delete(Handle handle, long id) {
        handle.createUpdate("DELETE FROM sensitive_word WHERE id = :id").bind("id", id).execute();
    }

    static SensitiveWordMode mode(Handle handle) {
        return handle.createQuery("SELECT agent_mode, version FROM sensitive_word_policy WHERE id = 1")
                .map((rows, ctx) -> new SensitiveWordMode(AgentMode.valueOf(rows.getString("agent_mode")), rows.getLong("version"))).one();
    }

    /** Sets the agents' mode if the setting is still at {@code version} (any version when null); false when it is not. */
    static boolean setMode(Handle handle, AgentMode mode, Long version) {
        var update = handle.createUpdate("UPDATE sensitive_word_policy SET agent_mode = :mode, version = version + 1 WHERE id = 1"
                + (version == null ? "" : " AND version = :version")).bind("mode", mode.name());
        if (version != null) {
            update.bind("version", version);
        }
        return update.execute() > 0;
    }
}
