package dev.switchboard.server.mail;

import java.util.Map;

/** The e-mail channel's timers as calls, for tests and tools that must not wait for them. */
public final class MailChannel {

    private final MailPoller poller;
    private final MailSender sender;

    MailChannel(MailPoller poller, MailSender sender) {
        this.poller = poller;
        this.sender = sender;
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
