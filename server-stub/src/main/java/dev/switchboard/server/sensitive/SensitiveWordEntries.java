package dev.switchboard.server.sensitive;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sensitive.NewSensitiveWords;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordEdit;
import dev.switchboard.shared.sensitive.SensitiveWordList;
import dev.switchboard.shared.sensitive.SensitiveWordMatcher;
import dev.switchboard.shared.sensitive.SensitiveWordMode;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.sensitive.SensitiveWordsAdded;
import dev.switchboard.shared.sync.ChangeOp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sensitive words one by one, as the workstation's administration edits them
 * ({@code /api/v1/sensitive-words/entries} and {@code /agent-mode}): supervisors read them,
 * administrators add many at once (duplicates left out and reported), change one (409 when it
 * changed meanwhile) and delete one. Every change is audited, goes into the change log (entity
 * {@link SensitiveWord#ENTITY}) and reaches every node's check at once (through {@link SensitiveWords#write}).
 */
final class SensitiveWordEntries {

    private static final Logger LOG = LoggerFactory.getLogger(SensitiveWordEntries.class);

    private final Jdbi jdbi;
    private final Clock clock;
    private final SensitiveWords words;
    private final AuditLog audit;

    SensitiveWordEntries(Jdbi jdbi, Clock clock, SensitiveWords words, AuditLog audit) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.words = words;
        this.audit = audit;
    }

    SensitiveWordList list(Principal caller) {
        caller.require(Role.SUPERVISOR);
        return jdbi.inTransaction(handle -> {
            SensitiveWordMode mode = SensitiveWordStore.mode(handle);
            return new SensitiveWordList(mode.agentMode(), mode.version(), SensitiveWordStore.all(handle));
        });
    }

    /** Adds the words the list lacks; those it has (or the request repeats) are answered as duplicates, not refused. */
    SensitiveWordsAdded add(Principal caller, NewSensitiveWords request) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = SensitiveWordRules.check(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the words are not valid", errors);
        }
        var result = words.write(tx -> {
            Handle handle = tx.handle();
            List<SensitiveWord> stored = SensitiveWordStore.all(handle);
            SensitiveWordRules.Sorted sorted = SensitiveWordRules.sort(request.words(), stored.stream().map(SensitiveWord::word).toList());
            if (stored.size() + sorted.fresh().size() > SensitiveWordSettings.MAX_WORDS) {
                throw ApiException.invalid("the list would be too long", List.of(new FieldError("words", SensitiveWordRules.TOO_MANY)));
            }
            List<SensitiveWord> added = new ArrayList<>();
            for (String word : sorted.fresh()) {
                SensitiveWord made = SensitiveWordStore.insert(handle, word, clock.instant());
                tx.record(SensitiveWord.ENTITY, Long.toString(made.id()), ChangeOp.UPSERT, made);
                added.add(made);
            }
            if (!added.isEmpty()) {
                audit.record(handle, caller.agentId(), "sensitive-word.add", "sensitive-words",
                        String.join(", ", added.stream().map(SensitiveWord::word).toList()));
            }
            return new SensitiveWordsAdded(added, sorted.duplicates());
        });
        LOG.info("sensitive words added: {} new, {} duplicates by={}", result.added().size(), result.duplicates().size(), caller.login());
        return result;
    }

    SensitiveWord replace(Principal caller, long id, SensitiveWordEdit edit) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = SensitiveWordRules.check(edit);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the word is not valid", errors);
        }
        String word = edit.word().strip();
        SensitiveWord changed = words.write(tx -> {
            Handle handle = tx.handle();
            SensitiveWord current = SensitiveWordStore.find(handle, id).orElseThrow(() -> ApiException.notFound("sensitive word " + id));
            String key = SensitiveWordMatcher.key(word);
            if (SensitiveWordStore.all(handle).stream().anyMatch(other -> other.id() != id && SensitiveWordMatcher.key(other.word()).equals(key))) {
                ProblemType type = ProblemType.CONFLICT;
                throw new ApiException(new Problem(type.uri(), type.title(), type.status(), "the list has " + word + " already",
                        List.of(new FieldError("word", SensitiveWordRules.WORD_TAKEN))), Map.of());
            }
            if (!SensitiveWordStore.update(handle, id, word, edit.version())) {
                throw new ApiException(ProblemType.CONFLICT, "sensitive word " + id + " changed meanwhile (now version " + current.version()
                        + ", you sent " + edit.version() + "); reload it and apply your change again");
            }
            SensitiveWord now = SensitiveWordStore.find(handle, id).orElseThrow();
            tx.record(SensitiveWord.ENTITY, Long.toString(id), ChangeOp.UPSERT, now);
            audit.record(handle, caller.agentId(), "sensitive-word.update", "sensitive-word:" + id, current.word() + " → " + now.word());
            return now;
        });
        LOG.info("sensitive word changed: id={} by={}", id, caller.login());
        return changed;
    }

    void delete(Principal caller, long id) {
        caller.require(Role.ADMIN);
        words.write(tx -> {
            SensitiveWord current = SensitiveWordStore.find(tx.handle(), id).orElseThrow(() -> ApiException.notFound("sensitive word " + id));
            SensitiveWordStore.delete(tx.handle(), id);
            tx.record(SensitiveWord.ENTITY, Long.toString(id), ChangeOp.DELETE, null);
            audit.record(tx.handle(), caller.agentId(), "sensitive-word.delete", "sensitive-word:" + id, current.word());
            return null;
        });
        LOG.info("sensitive word deleted: id={} by={}", id, caller.login());
    }

    /** What agents may do with a message that contains a sensitive word; 409 when the setting changed since it was read. */
    SensitiveWordMode setMode(Principal caller, SensitiveWordMode wanted) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = new ArrayList<>();
        if (wanted == null || wanted.agentMode() == null) {
            errors.add(new FieldError("agentMode", "CONFIRM or BLOCK"));
        }
        if (wanted == null || wanted.version() == null) {
            errors.add(new FieldError("version", "the version the setting was read at"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the mode is not valid", errors);
        }
        SensitiveWordMode now = words.write(tx -> {
            Handle handle = tx.handle();
            SensitiveWordMode current = SensitiveWordStore.mode(handle);
            if (!SensitiveWordStore.setMode(handle, wanted.agentMode(), wanted.version())) {
                throw new ApiException(ProblemType.CONFLICT, "the agents' mode changed meanwhile (now version " + current.version()
                        + ", " + current.agentMode() + "); reload it and choose again");
            }
            SensitiveWordMode changed = SensitiveWordStore.mode(handle);
            tx.record(SensitiveWord.ENTITY, SensitiveWord.AGENT_MODE_ID, ChangeOp.UPSERT, changed);
            audit.record(handle, caller.agentId(), "sensitive-words.agent-mode", "sensitive-words", current.agentMode() + " → " + changed.agentMode());
            return changed;
        });
        LOG.info("sensitive words: agents {} by={}", now.agentMode(), caller.login());
        return now;
    }
}
