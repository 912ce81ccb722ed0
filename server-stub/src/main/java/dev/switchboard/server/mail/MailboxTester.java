package dev.switchboard.server.mail;

import dev.switchboard.shared.mail.MailboxTestResult;
import dev.switchboard.shared.mail.MailboxTestResult.Outcome;
import dev.switchboard.shared.mail.MailboxTestResult.Part;
import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javax.net.ssl.SSLException;

/**
 * Tries a mailbox's settings the way the poller and the sender will use them: the IMAP login with
 * the folder opened (read-only: nothing is marked), and the SMTP connection with its login. Both at
 * once, each given {@link #timeout} for connecting and for each answer, and the caller waits at most
 * that long (plus a moment) for both: an answer that has not come by then is "timed out", whatever
 * the connection does afterwards (its own time-outs end it). A failure is classified
 * ({@link Outcome}) and described with what the server or the connection said, with the passwords
 * cut out should a server repeat them.
 */
final class MailboxTester {

    private static final Duration GRACE = Duration.ofMillis(500);
    private static final int DETAIL_MAX = 300;
    private static final String HIDDEN = "******";
    /** How deep a chain of causes is followed (a chain could loop). */
    private static final int CHAIN_MAX = 10;

    private final Duration timeout;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "mailbox-test");
        thread.setDaemon(true);
        return thread;
    });

    MailboxTester(Duration timeout) {
        this.timeout = timeout;
    }

    /** Tries {@code box} with the given plain passwords ("" for none). */
    MailboxTestResult test(MailboxRow box, String imapPassword, String smtpPassword) {
        long deadline = System.nanoTime() + timeout.plus(GRACE).toNanos();
        Future<Part> imap = threads.submit(attempt(() -> imap(box, imapPassword), imapPassword, smtpPassword));
        Future<Part> smtp = threads.submit(attempt(() -> smtp(box, smtpPassword), imapPassword, smtpPassword));
        return new MailboxTestResult(awaited(imap, deadline), awaited(smtp, deadline));
    }

    private interface Check {
        void run() throws Exception;
    }

    private void imap(MailboxRow box, String password) throws MessagingException {
        long millis = timeout.toMillis();
        try (Store store = MailSessions.imap(box, password, millis, millis, null)) {
            Folder folder = store.getFolder(box.imapFolder());
            folder.open(Folder.READ_ONLY);
            folder.close(false);
        }
    }

    private void smtp(MailboxRow box, String password) throws MessagingException {
        try (Transport transport = MailSessions.smtp(MailSessions.smtpSession(box, timeout.toMillis()), box, password)) {
            // connected (and logged in when the mailbox has an SMTP user): that is all a test sends
        }
    }

    private static Callable<Part> attempt(Check check, String... passwords) {
        return () -> {
            try {
                check.run();
                return new Part(Outcome.OK, null);
            } catch (Exception e) {
                return new Part(classify(e), detail(e, passwords));
            }
        };
    }

    private static Part awaited(Future<Part> part, long deadline) {
        try {
            return part.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            part.cancel(true);
            return new Part(Outcome.TIMED_OUT, "no answer within the time-out");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            part.cancel(true);
            return new Part(Outcome.FAILED, "interrupted");
        } catch (ExecutionException e) {
            return new Part(Outcome.FAILED, e.getCause() == null ? "failed" : e.getCause().getClass().getSimpleName());
        }
    }

    /** The first cause that says what went wrong, looking through the whole chain (Angus Mail wraps the socket's). */
    static Outcome classify(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < CHAIN_MAX; cause = next(cause), depth++) {
            if (cause instanceof AuthenticationFailedException) {
                return Outcome.AUTHENTICATION_FAILED;
            }
            if (cause instanceof FolderNotFoundException) {
                return Outcome.FOLDER_MISSING;
            }
            if (cause instanceof UnknownHostException) {
                return Outcome.UNKNOWN_HOST;
            }
            if (cause instanceof ConnectException) {
                return Outcome.REFUSED;
            }
            if (cause instanceof SocketTimeoutException) {
                return Outcome.TIMED_OUT;
            }
            if (cause instanceof SSLException || String.valueOf(cause.getMessage()).toUpperCase(Locale.ROOT).contains("STARTTLS")) {
                return Outcome.TLS_FAILED;
            }
        }
        return Outcome.FAILED;
    }

    private static Throwable next(Throwable cause) {
        Throwable next = cause instanceof MessagingException messaging && messaging.getNextException() != null
                ? messaging.getNextException() : cause.getCause();
        return next == cause ? null : next;
    }

    /** What the deepest cause said, one line, without the passwords. */
    static String detail(Throwable failure, String... passwords) {
        Throwable deepest = failure;
        Throwable cause = next(failure);
        for (int depth = 0; cause != null && depth < CHAIN_MAX; cause = next(cause), depth++) {
            deepest = cause;
        }
        String said = deepest.getMessage() == null || deepest.getMessage().isBlank() ? deepest.getClass().getSimpleName()
                : deepest.getMessage();
        if (deepest != failure && failure.getMessage() != null && !failure.getMessage().isBlank() && !failure.getMessage().equals(said)) {
            said = failure.getMessage() + ": " + said;
        }
        for (String password : passwords) {
            if (password != null && !password.isEmpty()) {
                said = said.replace(password, HIDDEN);
            }
        }
        said = said.replaceAll("[\\r\\n\\t]+", " ").strip();
        return said.length() > DETAIL_MAX ? said.substring(0, DETAIL_MAX) + "…" : said;
    }
}
