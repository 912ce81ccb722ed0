package dev.switchboard.server.mail;

import java.util.Map;
import java.util.Optional;

/** The e-mail channel's timers as calls, for tests and tools that must not wait for them. */
public final class MailChannel {

    private final MailPoller poller;
    private final MailSender sender;
    private final MailWatchers watchers;

    MailChannel(MailPoller poller, MailSender sender, MailWatchers watchers) {
        this.poller = poller;
        this.sender = sender;
        this.watchers = watchers;
    }

    /** Whether this node watches mailbox {@code id} with IMAP IDLE and is waiting in it now (not connecting or retrying). */
    public boolean idling(long id) {
        return watchers.state(id).filter(state -> state == MailboxWatcher.State.IDLING).isPresent();
    }

    /** How this node's IDLE watch of mailbox {@code id} stands; empty when this node does not watch it. */
    Optional<MailboxWatcher.State> watchState(long id) {
        return watchers.state(id);
    }

    /** Reads every enabled mailbox this node may hold now, whatever its interval; answers how many mails made a ticket, comment or note. */
    public int pollNow() {
        Map<MailIntake.Outcome, Integer> outcomes = poller.poll(true);
        return outcomes.entrySet().stream().filter(entry -> entry.getKey() != MailIntake.Outcome.ALREADY_PROCESSED)
                .mapToInt(Map.Entry::getValue).sum();
    }

    /** Sends the queued mails that are due; answers how many went out. */
    public int sendNow() {
        return sender.sendDue();
    }
}
