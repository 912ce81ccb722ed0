package dev.switchboard.app.sensitivewords;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.sensitive.NewSensitiveWords;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordEdit;
import dev.switchboard.shared.sensitive.SensitiveWordList;
import dev.switchboard.shared.sensitive.SensitiveWordMode;
import dev.switchboard.shared.sensitive.SensitiveWordTrial;
import dev.switchboard.shared.sensitive.SensitiveWordsAdded;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The sensitive words one by one ({@code /api/v1/sensitive-words/entries}), the agents' mode and the
 * trial of a sentence, with the session's token on the I/O executor.
 */
class SensitiveWordsApi {

    private static final String PATH = "sensitive-words";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    SensitiveWordsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<SensitiveWordList> list() {
        return call(() -> exchange("GET", null, SensitiveWordList.class, PATH, "entries"));
    }

    CompletableFuture<SensitiveWordsAdded> add(List<String> words) {
        return call(() -> exchange("POST", new NewSensitiveWords(words), SensitiveWordsAdded.class, PATH, "entries"));
    }

    CompletableFuture<SensitiveWord> replace(long id, SensitiveWordEdit edit) {
        return call(() -> exchange("PUT", edit, SensitiveWord.class, PATH, "entries", Long.toString(id)));
    }

    CompletableFuture<Void> delete(long id) {
        return call(() -> exchange("DELETE", null, Void.class, PATH, "entries", Long.toString(id)));
    }

    CompletableFuture<SensitiveWordMode> setMode(SensitiveWordMode mode) {
        return call(() -> exchange("PUT", mode, SensitiveWordMode.class, PATH, "agent-mode"));
    }

    CompletableFuture<SensitiveWordTrial.Result> trial(String text) {
        return call(() -> exchange("POST", new SensitiveWordTrial.Request(text), SensitiveWordTrial.Result.class, PATH, "trial"));
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
