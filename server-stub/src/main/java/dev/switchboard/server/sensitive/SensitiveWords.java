package dev.switchboard.server.sensitive;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.NodeCopy;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordMatcher;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import dev.switchboard.shared.sensitive.SensitiveWordTrial;
import dev.switchboard.shared.sync.ChangeOp;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sensitive words administrators keep, and the check every agent message to a visitor passes:
 * one with a sensitive word is refused (422, {@link ProblemType#SENSITIVE_WORDS}) unless the agent
 * confirms it, or always when the administrators block such messages. Each node checks against a
 * copy of the words ({@link NodeCopy}, ADR 0008) that it compares with the database's before every
 * check, so a word added on any node holds the next message on every node. The words one by one
 * are edited through {@link SensitiveWordEntries}; this class keeps the whole-list endpoint.
 */
public final class SensitiveWords {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveWords.class);

    /** The list as it is checked. */
    record Current(SensitiveWordSettings settings, SensitiveWordMatcher matcher) {
    }

    private final Clock clock;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final NodeCopy<Current> current;

    public SensitiveWords(Jdbi jdbi, Clock clock, ChangeLog changeLog, AuditLog audit) {
        this.clock = clock;
        this.changeLog = changeLog;
        this.audit = audit;
        // zero: one look at a version number per message, so that no node holds a message by an old list
        this.current = new NodeCopy<>(jdbi, SensitiveWord.ENTITY, SensitiveWords::load, clock, Duration.ZERO);
    }

    private static Current load(Handle handle) {
        SensitiveWordSettings settings = new SensitiveWordSettings(SensitiveWordStore.mode(handle).agentMode(),
                SensitiveWordStore.all(handle).stream().map(SensitiveWord::word).toList());
        return new Current(settings, new SensitiveWordMatcher(settings.words()));
    }

    private Current current() {
        return current.get();
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

    /** What the screen would do with {@code trial}'s sentence now: for supervisors and administrators trying the list. */
    SensitiveWordTrial.Result trial(Principal caller, SensitiveWordTrial.Request trial) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = SensitiveWordRules.check(trial);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the sentence is not valid", errors);
        }
        Current now = current();
        return new SensitiveWordTrial.Result(now.matcher().find(trial.text()), now.settings().agentMode());
    }

    /** The whole list at once ({@code PUT /api/v1/sensitive-words}): words kept keep their ids, the others come and go. */
    SensitiveWordSettings replace(Principal caller, SensitiveWordSettings wanted) {
        caller.require(Role.ADMIN);
        List<String> words = check(wanted);
        write(tx -> {
            String counts = store(tx, wanted.agentMode(), words);
            audit.record(tx.handle(), caller.agentId(), "sensitive-words.replace", "sensitive-words",
                    words.size() + " words (" + counts + "), agents " + wanted.agentMode());
            return null;
        });
        LOG.info("sensitive words set: {} words, agents {} by={}", words.size(), wanted.agentMode(), caller.login());
        return current().settings();
    }

    /** The demo's list, unless there is one. */
    void seed(SensitiveWordSettings demo) {
        write(tx -> {
            if (SensitiveWordStore.all(tx.handle()).isEmpty()) {
                store(tx, demo.agentMode(), check(demo));
            }
            return null;
        });
    }

    /**
     * Changes words in one change-log transaction that first marks every node's copy stale (and
     * makes changes on other nodes wait for this one), then reloads this node's copy.
     */
    <T> T write(ChangeLog.Work<T> work) {
        T result = changeLog.write(tx -> {
            current.changing(tx.handle());
            return work.run(tx);
        });
        current.reload();
        return result;
    }

    /** Makes the stored list {@code words} (a word kept as it is keeps its row) and the mode {@code mode}; answers what changed. */
    private String store(ChangeLog.Tx tx, AgentMode mode, List<String> words) {
        Handle handle = tx.handle();
        if (SensitiveWordStore.mode(handle).agentMode() != mode) {
            SensitiveWordStore.setMode(handle, mode, null);
            tx.record(SensitiveWord.ENTITY, SensitiveWord.AGENT_MODE_ID, ChangeOp.UPSERT, SensitiveWordStore.mode(handle));
        }
        Map<String, SensitiveWord> stored = new HashMap<>();
        SensitiveWordStore.all(handle).forEach(word -> stored.put(word.word(), word));
        int removed = 0;
        for (SensitiveWord word : stored.values()) {
            if (!words.contains(word.word())) {
                SensitiveWordStore.delete(handle, word.id());
                tx.record(SensitiveWord.ENTITY, Long.toString(word.id()), ChangeOp.DELETE, null);
                removed++;
            }
        }
        int added = 0;
        for (String word : words) {
            if (!stored.containsKey(word)) {
                SensitiveWord made = SensitiveWordStore.insert(handle, word, clock.instant());
                tx.record(SensitiveWord.ENTITY, Long.toString(made.id()), ChangeOp.UPSERT, made);
                added++;
            }
        }
        return added + " added, " + removed + " removed";
    }

    /** The words as stored: stripped, each once (as the matcher compares them); 400 for a list that is not valid. */
    private static List<String> check(SensitiveWordSettings wanted) {
        List<FieldError> errors = new ArrayList<>();
        if (wanted.agentMode() == null) {
            errors.add(new FieldError("agentMode", "CONFIRM or BLOCK"));
        }
        if (wanted.words().size() > SensitiveWordSettings.MAX_WORDS) {
            errors.add(new FieldError("words", SensitiveWordRules.TOO_MANY));
        }
        for (int i = 0; i < wanted.words().size(); i++) {
            if (!SensitiveWordRules.valid(wanted.words().get(i))) {
                errors.add(new FieldError("words[" + i + "]", SensitiveWordRules.WORD_MESSAGE));
            }
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the sensitive words are not valid", errors);
        }
        return SensitiveWordRules.sort(wanted.words(), List.of()).fresh();
    }
}
