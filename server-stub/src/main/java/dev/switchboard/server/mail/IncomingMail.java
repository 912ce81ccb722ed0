package dev.switchboard.server.mail;

import dev.switchboard.server.tickets.ChannelFiles;
import java.util.List;

/**
 * One mail read from a mailbox, as the intake needs it.
 *
 * @param messageId    its Message-ID (one made of its UID when it has none): processed once by it
 * @param threadIds    Message-IDs it answers, newest first: In-Reply-To, then References from the
 *                     last, then (for a bounce) those of the returned mail
 * @param text         its text: the plain part, or the HTML part turned into text
 * @param kind         a person's mail, a bounce, or another automatic mail
 * @param files        its attachments and inline pictures, staged and checked; those refused are noted on the ticket
 */
record IncomingMail(String messageId, String fromAddress, String fromName, String subject, List<String> threadIds, String text,
                    Kind kind, ChannelFiles files) {

    enum Kind {
        PERSON,
        /** A delivery status notification: lands as an internal note, never answered. */
        BOUNCE,
        /** An out-of-office reply, bulk or list mail, or anything marked automatic: lands as a reply, never answered automatically. */
        AUTOMATIC
    }

    boolean automatic() {
        return kind != Kind.PERSON;
    }
}
