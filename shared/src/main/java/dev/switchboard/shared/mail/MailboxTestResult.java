package dev.switchboard.shared.mail;

/**
 * What {@code POST /api/v1/mailboxes/test} and {@code POST /api/v1/mailboxes/{id}/test} answer: how the
 * IMAP login (with the folder opened) and the SMTP connection (with its login, when there is one)
 * went, each on its own.
 */
public record MailboxTestResult(Part imap, Part smtp) {

    /** Why a part failed, for a client to say in its reader's language. */
    public enum Outcome {
        OK,
        UNKNOWN_HOST,
        REFUSED,
        TIMED_OUT,
        AUTHENTICATION_FAILED,
        TLS_FAILED,
        FOLDER_MISSING,
        /** Anything else: {@code detail} says what the server or the connection said. */
        FAILED
    }

    /**
     * @param outcome what happened
     * @param detail  what the server or the connection said, in English, never a password; null when it worked
     */
    public record Part(Outcome outcome, String detail) {

        public boolean ok() {
            return outcome == Outcome.OK;
        }
    }
}
