package dev.switchboard.app.mailboxes;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.mail.MailboxTestResult;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Test connection" in the mailbox editor: whether a test runs, and how the last one went, a line
 * per part (IMAP, SMTP) in the reader's language. The backend does the trying
 * ({@code POST /api/v1/mailboxes/test}); this only shows it. A result that arrives after the form
 * moved on to another mailbox (or was cleared) is dropped. FX thread.
 */
public final class MailboxConnectionCheck {

    /** How a part went, for the view's colour. */
    public enum Verdict {
        NONE,
        OK,
        FAILED
    }

    private final I18n i18n;
    private final Executor fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper imap = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper smtp = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<Verdict> imapVerdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    private final ReadOnlyObjectWrapper<Verdict> smtpVerdict = new ReadOnlyObjectWrapper<>(Verdict.NONE);
    /** Counts tests and clears: only the newest test's answer is shown. */
    private long generation;

    MailboxConnectionCheck(I18n i18n, Executor fx) {
        this.i18n = i18n;
        this.fx = fx;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty imapProperty() {
        return imap.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty smtpProperty() {
        return smtp.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> imapVerdictProperty() {
        return imapVerdict.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Verdict> smtpVerdictProperty() {
        return smtpVerdict.getReadOnlyProperty();
    }

    /** Shows {@code test} running, then its result; {@code failed} is told why it could not run (the backend refused or is away). */
    void run(CompletableFuture<MailboxTestResult> test, Consumer<Throwable> failed) {
        long mine = ++generation;
        running.set(true);
        imap.set(i18n.get("mailboxes.test.running"));
        smtp.set("");
        imapVerdict.set(Verdict.NONE);
        smtpVerdict.set(Verdict.NONE);
        test.whenCompleteAsync((result, failure) -> {
            if (mine != generation) {
                return;
            }
            running.set(false);
            if (failure != null) {
                imap.set("");
                failed.accept(failure);
                return;
            }
            show(result.imap(), "mailboxes.test.imap", imap, imapVerdict);
            show(result.smtp(), "mailboxes.test.smtp", smtp, smtpVerdict);
        }, fx);
    }

    /** Forgets the last result (another mailbox in the form); a test still running is no longer shown. */
    void clear() {
        generation++;
        running.set(false);
        imap.set("");
        smtp.set("");
        imapVerdict.set(Verdict.NONE);
        smtpVerdict.set(Verdict.NONE);
    }

    private void show(MailboxTestResult.Part part, String key, ReadOnlyStringWrapper line, ReadOnlyObjectWrapper<Verdict> verdict) {
        String outcome = i18n.get("mailboxes.test.outcome." + part.outcome().name());
        String said = part.detail() == null || part.detail().isBlank() ? outcome : i18n.get("mailboxes.test.detail", outcome, part.detail());
        line.set(i18n.get(key, said));
        verdict.set(part.ok() ? Verdict.OK : Verdict.FAILED);
    }
}
