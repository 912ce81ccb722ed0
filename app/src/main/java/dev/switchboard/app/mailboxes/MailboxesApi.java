package dev.switchboard.app.mailboxes;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.mail.Mailbox;
import dev.switchboard.shared.mail.MailboxTestResult;
import dev.switchboard.shared.mail.NewMailbox;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/** The mailboxes' endpoints ({@code /api/v1/mailboxes}, administrators only), with the session's token on the I/O executor. */
class MailboxesApi {

    private static final String PATH = "mailboxes";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    MailboxesApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<Mailbox>> list() {
        return call(() -> List.of(exchange("GET", null, Mailbox[].class, PATH)));
    }

    CompletableFuture<Mailbox> create(NewMailbox mailbox) {
        return call(() -> exchange("POST", mailbox, Mailbox.class, PATH));
    }

    CompletableFuture<Mailbox> replace(long id, NewMailbox mailbox) {
        return call(() -> exchange("PUT", mailbox, Mailbox.class, PATH, Long.toString(id)));
    }

    CompletableFuture<Void> delete(long id) {
        return call(() -> exchange("DELETE", null, Void.class, PATH, Long.toString(id)));
    }

    /** Tries settings not stored yet; the answer comes within about 10 s. */
    CompletableFuture<MailboxTestResult> test(NewMailbox settings) {
        return call(() -> exchange("POST", settings, MailboxTestResult.class, PATH, "test"));
    }

    /** Tries stored mailbox {@code id} with the settings being edited (a password left out is the stored one). */
    CompletableFuture<MailboxTestResult> test(long id, NewMailbox settings) {
        return call(() -> exchange("POST", settings, MailboxTestResult.class, PATH, Long.toString(id), "test"));
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
