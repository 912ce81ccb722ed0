package dev.switchboard.server.mail;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Jdbi;

/**
 * This node's IMAP IDLE watches (ADR 0041): one {@link MailboxWatcher} for each enabled mailbox
 * whose lease this node holds, started and stopped by {@link #reconcile()} on the poller's timer.
 * A watch ends when its mailbox is disabled, deleted or changed (a changed one starts again with
 * the new settings: its version moved), when the lease went to another node — so only the lease
 * holder idles, and what it reads is fenced by the lease's epoch as any poll — and at shutdown.
 *
 * <p>State (ADR 0008): the watches are node-local threads over the database's leases; a node that
 * dies takes its watches with it, its leases expire, and the next holder's reconcile watches them.
 */
final class MailWatchers {

    private final Jdbi jdbi;
    private final Clock clock;
    private final MailSecrets secrets;
    private final MailboxLease lease;
    private final MailPoller poller;
    private final Map<Long, MailboxWatcher> watching = new HashMap<>();
    private boolean closed;

    MailWatchers(Jdbi jdbi, Clock clock, MailSecrets secrets, MailboxLease lease, MailPoller poller) {
        this.jdbi = jdbi;
        this.clock = clock;
        this.secrets = secrets;
        this.lease = lease;
        this.poller = poller;
    }

    /** Watches the mailboxes this node holds, as they are configured now; ends the watches of the others. */
    synchronized void reconcile() {
        if (closed) {
            return;
        }
        List<MailboxRow> enabled = jdbi.withHandle(MailboxStore::enabled);
        Set<Long> held = enabled.stream().filter(box -> lease.claim(box.id()).isPresent()).map(MailboxRow::id).collect(Collectors.toSet());
        Map<Long, MailboxRow> wanted = enabled.stream().filter(box -> held.contains(box.id()))
                .collect(Collectors.toMap(MailboxRow::id, box -> box));
        watching.entrySet().removeIf(entry -> {
            MailboxRow now = wanted.get(entry.getKey());
            boolean current = now != null && now.version() == entry.getValue().box().version();
            if (!current) {
                entry.getValue().stop();
            }
            return !current;
        });
        for (MailboxRow box : wanted.values()) {
            MailboxWatcher watcher = watching.get(box.id());
            if (watcher == null) {
                watcher = new MailboxWatcher(box, secrets, clock, () -> poller.readWatched(box.id()));
                watching.put(box.id(), watcher);
                watcher.start();
            } else {
                watcher.keepAlive();
            }
        }
    }

    /** How the watch of mailbox {@code id} stands on this node; empty when it is not watched here. */
    synchronized Optional<MailboxWatcher.State> state(long id) {
        return Optional.ofNullable(watching.get(id)).map(MailboxWatcher::state);
    }

    /** Shutdown: every watch ends before the leases are given back and the database closes. */
    synchronized void close() {
        closed = true;
        watching.values().forEach(MailboxWatcher::stop);
        watching.clear();
    }
}
