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
 * to a minute; a reconnect reads the mailbox, catching what came while it was away.
 *
 * <p>A connection can also die silently: the server (or a NAT between) stops answering and the
 * socket stays open. The timer's {@link #keepAlive} ends an IDLE older than {@link #KEEP_ALIVE} with
 * a NOOP sent from a thread of its own (any command waits until the IDLE's answer came, so the
 * timer never sends it itself); a server that has not answered it {@link #ANSWER_WAIT} later (by the
 * clock) is dead, and the connection's sockets are closed ({@link CloseableSockets}), which fails the
 * waiting IDLE at once: the watch connects again. {@link #stop} closes the sockets as well, so a watch
 * ends at once whatever its server does.
 */
final class MailboxWatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailboxWatcher.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(1);
    static final Duration LAST_RETRY = Duration.ofMinutes(1);
    /** IDLE is ended and made again this often: servers and NATs drop connections silent for long (RFC 2177 says under 29 minutes). */
    static final Duration KEEP_ALIVE = Duration.ofMinutes(2);
    /** A server that has not answered the keep-alive this long after it was sent is dead (the timer checks every 5 s). */
    static final Duration ANSWER_WAIT = Duration.ofSeconds(30);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);
    private static final long CONNECT_TIMEOUT_MILLIS = 20_000;
    /** The last resort should the timer not run: a connection that says nothing for this long, keep-alive included, is dead. */
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
    private volatile CloseableSockets sockets;
    private volatile Instant idleSince;
    /** When the keep-alive of the current IDLE was sent, by the clock; null while none waits for an answer. */
    private volatile Instant keepAliveSent;
    private volatile Thread keepAliveThread;

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

    /** Ends the watch: its connection is closed, whatever the server does; returns once its thread ended (at most {@link #STOP_WAIT}). */
    void stop() {
        stopped = true;
        thread.interrupt();
        closeConnection();
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Called by the node's timer, never blocking it: an IDLE older than {@link #KEEP_ALIVE} is ended by a NOOP (and made
     * again by the watch), so the connection never falls silent; a connection that has not answered that NOOP
     * {@link #ANSWER_WAIT} later is closed, and the watch connects again.
     */
    void keepAlive() {
        Instant now = clock.instant();
        Instant sent = keepAliveSent;
        if (sent != null) {
            if (sent.plus(ANSWER_WAIT).isBefore(now)) {
                LOG.warn("mailbox {}: the IMAP server has not answered the keep-alive for {} s; closing the connection", box.id(),
                        ANSWER_WAIT.toSeconds());
                keepAliveSent = null;
                closeConnection();
            }
            return;
        }
        Instant since = idleSince;
        Thread previous = keepAliveThread;
        if (since != null && since.plus(KEEP_ALIVE).isBefore(now) && (previous == null || !previous.isAlive())) {
            keepAliveSent = now;
            Thread nudge = new Thread(this::endIdle, "mail-idle-keepalive-" + box.id());
            nudge.setDaemon(true);
            keepAliveThread = nudge;
            nudge.start();
        }
    }

    private void watch() {
        Duration retry = FIRST_RETRY;
        while (!stopped) {
            state = State.CONNECTING;
            keepAliveSent = null;
            CloseableSockets connection = new CloseableSockets();
            sockets = connection;
            if (stopped) {
                break;
            }
            try (Store store = MailSessions.imap(box, MailSessions.imapPassword(box, secrets), CONNECT_TIMEOUT_MILLIS, READ_TIMEOUT_MILLIS,
                    connection)) {
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
                    keepAliveSent = null;
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
                connection.closeAll();
            }
        }
        state = State.STOPPED;
        LOG.info("mailbox {}: IDLE watch ended", box.id());
    }

    /** Fails whatever the watch's connection waits for at once. */
    private void closeConnection() {
        CloseableSockets connection = sockets;
        if (connection != null) {
            connection.closeAll();
        }
    }

    /**
     * Any command from another thread ends a running IDLE (Angus Mail sends DONE first, then waits for the IDLE's
     * answer); NOOP does nothing else. Blocks until the server answered or the connection closed: never on the timer.
     */
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
