package dev.switchboard.server.sensitive;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sensitive.SensitiveWordMatcher;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sensitive words administrators keep, and the check every agent message to a visitor passes:
 * one with a sensitive word is refused (422, {@link ProblemType#SENSITIVE_WORDS}) unless the agent
 * confirms it, or always when the administrators block such messages.
 */
public final class SensitiveWords {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveWords.class);
    /** Every message is checked: the list is kept in memory; an edit made on another node (ADR 0008) applies within this long. */
    static final Duration CACHED = Duration.ofSeconds(5);

    /** The list as it is checked. */
    record Current(SensitiveWordSettings settings, SensitiveWordMatcher matcher) {
    }

    private final Jdbi jdbi;
    private final Clock clock;
    private final AuditLog audit;
    private final LoadingCache<String, Current> current;

    public SensitiveWords(Jdbi jdbi, Clock clock, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.audit = audit;
        this.current = Caffeine.newBuilder().expireAfterWrite(CACHED).build(key -> read());
    }

    private Current read() {
        SensitiveWordSettings settings = jdbi.withHandle(handle -> new SensitiveWordSettings(
                AgentMode.valueOf(handle.createQuery("SELECT agent_mode FROM sensitive_word_policy WHERE id = 1").mapTo(String.class).one()),
                handle.createQuery("SELECT word FROM sensitive_word ORDER BY word").mapTo(String.class).list()));
        return new Current(settings, new SensitiveWordMatcher(settings.words()));
    }

    private Current current() {
        return current.get("");
    }

    /** The sensitive words in {@code text}. */
    public List<String> find(String text) {
        return current().matcher().find(text);
    }

    /**
     * Refuses an agent's text to a visitor that contains sensitive words: unless {@code confirmed}
     * when agents may send such messages after a warning, always when they may not.
     */
    public void checkAgentText(String text, boolean confirmed) {
        Current now = current();
        List<String> found = now.matcher().find(text);
        if (found.isEmpty() || (confirmed && now.settings().agentMode() == AgentMode.CONFIRM)) {
            return;
        }
        ProblemType type = ProblemType.SENSITIVE_WORDS;
        String detail = now.settings().agentMode() == AgentMode.BLOCK
                ? "the message contains sensitive words and cannot be sent: edit it"
                : "the message contains sensitive words: send it again confirmed, or edit it";
        throw new ApiException(new Problem(type.uri(), type.title(), type.status(), detail,
                found.stream().map(word -> new FieldError("text", word)).toList()), Map.of());
    }

    SensitiveWordSettings settings(Principal caller) {
        caller.require(Role.AGENT);
        return current().settings();
    }

    SensitiveWordSettings replace(Principal caller, SensitiveWordSettings wanted) {
        caller.require(Role.ADMIN);
        List<String> words = check(wanted);
        jdbi.useTransaction(handle -> {
            store(handle, wanted.agentMode(), words);
            audit.record(handle, caller.agentId(), "sensitive-words.replace", "sensitive-words", words.size() + " words, " + wanted.agentMode());
        });
        current.invalidateAll();
        LOG.info("sensitive words set: {} words, agents {} by={}", words.size(), wanted.agentMode(), caller.login());
        return current().settings();
    }

    /** The demo's list, unless there is one. */
    void seed(SensitiveWordSettings demo) {
        jdbi.useTransaction(handle -> {
            if (handle.createQuery("SELECT COUNT(*) FROM sensitive_word").mapTo(Integer.class).one() == 0) {
                store(handle, demo.agentMode(), check(demo));
            }
        });
        current.invalidateAll();
    }

    private void store(org.jdbi.v3.core.Handle handle, AgentMode mode, List<String> words) {
        handle.createUpdate("UPDATE sensitive_word_policy SET agent_mode = :mode WHERE id = 1").bind("mode", mode.name()).execute();
        handle.createUpdate("DELETE FROM sensitive_word").execute();
        var insert = handle.prepareBatch("INSERT INTO sensitive_word (word, created_at) VALUES (:word, :at)");
        words.forEach(word -> insert.bind("word", word).bind("at", clock.instant()).add());
        if (!words.isEmpty()) {
            insert.execute();
        }
    }

    /** The words as stored: stripped, each once (ignoring case); 400 for a list that is not valid. */
    private static List<String> check(SensitiveWordSettings wanted) {
        List<FieldError> errors = new ArrayList<>();
        if (wanted.agentMode() == null) {
            errors.add(new FieldError("agentMode", "CONFIRM or BLOCK"));
        }
        if (wanted.words().size() > SensitiveWordSettings.MAX_WORDS) {
            errors.add(new FieldError("words", "at most " + SensitiveWordSettings.MAX_WORDS + " words"));
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> words = new ArrayList<>();
        for (int i = 0; i < wanted.words().size(); i++) {
            String word = wanted.words().get(i) == null ? "" : wanted.words().get(i).strip();
            if (word.isEmpty() || word.length() > SensitiveWordSettings.MAX_WORD_LENGTH) {
                errors.add(new FieldError("words[" + i + "]", "1 to " + SensitiveWordSettings.MAX_WORD_LENGTH + " characters"));
            } else if (seen.add(word.toLowerCase(java.util.Locale.ROOT))) {
                words.add(word);
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the sensitive words are not valid", errors);
        }
        return words;
    }
}
