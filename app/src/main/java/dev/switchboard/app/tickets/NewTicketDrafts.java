package dev.switchboard.app.tickets;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.tickets.offline.Drafts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import javafx.beans.property.StringProperty;

/**
 * The new-ticket form's text kept while typed (ADR 0038): subject, description and the requester's
 * name and contacts, as one draft; brought back into the form when the session starts, gone once the
 * ticket is made (the form is cleared then, which empties the draft). FX thread.
 */
final class NewTicketDrafts {

    private NewTicketDrafts() {
    }

    /** Fills {@code form} from its draft, then keeps the draft as the form is typed in. */
    static void keep(NewTicketModel form, Drafts drafts, Executor fx) {
        drafts.loaded().thenRunAsync(() -> restoreAndFollow(form, drafts), fx);
    }

    private static void restoreAndFollow(NewTicketModel form, Drafts drafts) {
        Map<String, StringProperty> fields = new LinkedHashMap<>();
        fields.put("subject", form.subject);
        fields.put("description", form.description);
        fields.put("requesterName", form.requesterName);
        fields.put("requesterEmail", form.requesterEmail);
        fields.put("requesterPhone", form.requesterPhone);
        String kept = drafts.text(Drafts.NEW_TICKET);
        if (!kept.isEmpty()) {
            JsonNode draft = ProtocolJson.read(kept, JsonNode.class);
            fields.forEach((name, field) -> {
                if (draft.hasNonNull(name) && (field.get() == null || field.get().isEmpty())) {
                    field.set(draft.get(name).asText());
                }
            });
        }
        List.copyOf(fields.values()).forEach(field -> field.addListener((observable, before, now) -> {
            Map<String, String> typed = new LinkedHashMap<>();
            fields.forEach((name, value) -> {
                if (value.get() != null && !value.get().isEmpty()) {
                    typed.put(name, value.get());
                }
            });
            drafts.typed(Drafts.NEW_TICKET, typed.isEmpty() ? "" : ProtocolJson.write(typed));
        }));
    }
}
