package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.TicketRules;

/** The shared ticket rules' messages (protocol constants) in the reader's language; a message it does not know stays as sent. */
final class TicketWords {

    private TicketWords() {
    }

    static FieldError word(FieldError error, I18n i18n) {
        String key = switch (error.message()) {
            case TicketRules.SUBJECT_LENGTH -> "tickets.error.subject";
            case TicketRules.DESCRIPTION_LENGTH -> "tickets.error.description";
            case TicketRules.BODY_LENGTH -> "tickets.error.body";
            case TicketRules.TAGS_FORMAT -> "tickets.error.tags";
            case TicketRules.REQUESTER_CONTACT -> "tickets.error.requester";
            case TicketRules.EMAIL_FORMAT -> "tickets.error.email";
            case TicketRules.PHONE_FORMAT -> "tickets.error.phone";
            case TicketRules.NAME_LENGTH -> "tickets.error.name";
            case TicketRules.PENDING_UNTIL_LATER -> "tickets.reminder.error.past";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key, TicketRules.SUBJECT_MAX, TicketRules.TAGS_MAX,
                TicketRules.TAG_MAX, TicketRules.NAME_MAX));
    }
}
