package dev.switchboard.server.mail;

import jakarta.mail.Folder;
import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches one mailbox with IMAP IDLE (RFC 2177) on a thread of its own: the server tells of new
 * mail the moment it arrives, and {@code onMail} reads the mailbox at once instead of at the next
 * poll. The reading itself is the poller's (one way in, the same once-only intake); this thread only
 * waits. A server that does not announce IDLE ends the watch ({@link State#UNSUPPORTED}): polling
 * goes on as before. A dropped connection is made again after a pause that doubles from one second
 * to a minute; a reconnect reads the mailbox, catching what came while it was away. {@link #stop}
 * ends the IDLE at once from another thread (a NOOP on the connection is what ends an IDLE) and
 * the thread ends.
 */
final class MailboxWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(1);
    /** IDLE is ended and made again this often: servers and NATs drop connections silent for long (RFC 2177 says under 29 minutes). */
    static final Duration KEEP_ALIVE = Duration.ofMinutes(2);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    /** A connection that says nothing for this long, keep-alive included, is dead. */
    private static final long READ_TIMEOUT_MILLIS = KEEP_ALIVE.multipliedBy(3).toMillis() / 2;

    enum State {
        CONNECTING,
        IDLING,
        /** The connection dropped or could not be made: waiting before the next try. */
        RETRYING,
        /** The server does not offer IDLE: the mailbox is polled only. */
        UNSUPPORTED,
        STOPPED
    }

    private final MailboxRow box;
    private final MailSecrets secrets;
    private final Clock clock;
    private final Runnable onMail;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile State state = State.CONNECTING;
    private volatile IMAPFolder folder;
    private volatile Instant idleSince;

    /** {@code onMail}: reads the mailbox; runs on this watcher's thread at (re)connection and after each IDLE that ended. */
    MailboxWatcher(MailboxRow box, MailSecrets secrets, Clock clock, Runnable onMail) {
        this.box = box;
        this.secrets = secrets;
        this.clock = clock;
        this.onMail = onMail;
        this.thread = new Thread(this::watch, "mail-idle-" + box.id());
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    MailboxRow box() {
        return box;
    }

    State state() {
        return state;
    }

    /** Ends the watch; returns once its thread ended, or after {@link #STOP_WAIT} when the server does not answer. */
    void stop() {
        stopped = true;
        thread.interrupt();
        Instant giveUp = Instant.now().plus(STOP_WAIT);
        try {
            // again and again: the thread may have been between its check of `stopped` and the IDLE when the first NOOP went
            while (thread.isAlive() && Instant.now().isBefore(giveUp)) {
                endIdle();
                thread.join(100);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called by the node's timer: an IDLE older than {@link #KEEP_ALIVE} is ended and made again, so the connection never falls silent. */
    void keepAlive() {
        Instant since = idleSince;
        if (since != null && since.plus(KEEP_ALIVE).isBefore(clock.instant())) {
            endIdle();
        }
    }

    private void watch() {
        Duration retry = FIRST_RETRY;
        while (!stopped) {
            state = State.CONNECTING;
            try (Store store = MailSessions.imap(box, secrets, READ_TIMEOUT_MILLIS)) {
                if (!(store instanceof IMAPStore imap) || !imap.hasCapability("IDLE")) {
                    LOG.info("mailbox {}: the server does not offer IMAP IDLE; it is polled every {} s", box.id(), box.pollSeconds());
                    state = State.UNSUPPORTED;
                    return;
                }
                IMAPFolder opened = (IMAPFolder) store.getFolder(box.imapFolder());
                // read-only: this connection only waits; the poller's own connection marks mails seen
                opened.open(Folder.READ_ONLY);
                folder = opened;
                retry = FIRST_RETRY;
                LOG.info("mailbox {} watched with IMAP IDLE", box.id());
                while (!stopped) {
                    // what came before the IDLE started (or while the connection was away) is read first
                    onMail.run();
                    idleSince = clock.instant();
                    state = State.IDLING;
                    if (!stopped) {
                        opened.idle(true);
                    }
                    idleSince = null;
                }
            } catch (MessagingException | RuntimeException e) {
                if (stopped) {
                    break;
                }
                state = State.RETRYING;
                LOG.warn("mailbox {}: the IDLE connection failed ({}); connecting again in {} s", box.id(), e.toString(), retry.toSeconds());
                if (!pause(retry)) {
                    break;
                }
                retry = retry.multipliedBy(2).compareTo(LAST_RETRY) > 0 ? LAST_RETRY : retry.multipliedBy(2);
            } finally {
                folder = null;
                idleSince = null;
            }
        }
        state = State.STOPPED;
        LOG.info("mailbox {}: IDLE watch ended", box.id());
    }

    /** Any command from another thread ends a running IDLE (Angus Mail sends DONE first); NOOP does nothing else. */
    private void endIdle() {
        IMAPFolder watched = folder;
        if (watched == null) {
            return;
        }
        try {
            watched.doCommand(protocol -> {
                protocol.simpleCommand("NOOP", null);
                return null;
            });
        } catch (MessagingException | RuntimeException e) {
            // the connection is gone: the watching thread finds out itself and reconnects or ends
            LOG.debug("mailbox {}: NOOP to end the IDLE failed: {}", box.id(), e.toString());
        }
    }

    /** Waits before the next connection; false when stopped meanwhile. */
    private boolean pause(Duration wait) {
        try {
            Thread.sleep(wait.toMillis());
            return !stopped;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
