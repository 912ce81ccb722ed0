package dev.switchboard.server.customers;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.RecordMapper;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.TicketRules;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * Customers by contact. Works in the caller's transaction (a ticket and its new requester commit
 * together). A contact belongs to one customer (a unique constraint): a contact given with others
 * that belongs to someone else stays theirs and is not added.
 */
public final class Customers {

    /** The kinds of contact, as stored. */
    static final String EMAIL = "EMAIL";
    static final String PHONE = "PHONE";
    static final String VISITOR = "VISITOR";

    private static final String REQUESTER = "SELECT c.id, c.name,"
            + " (SELECT MIN(contact_value) FROM customer_contact WHERE customer_id = c.id AND kind = 'EMAIL') AS email,"
            + " (SELECT MIN(contact_value) FROM customer_contact WHERE customer_id = c.id AND kind = 'PHONE') AS phone,"
            + " (SELECT MIN(contact_value) FROM customer_contact WHERE customer_id = c.id AND kind = 'VISITOR') AS visitor_id"
            + " FROM customer c WHERE c.id = :id";
    private static final RowMapper<Requester> REQUESTERS = RecordMapper.of(Requester.class);

    private final Clock clock;

    public Customers(Clock clock) {
        this.clock = clock;
    }

    /** The customer {@code id} as a ticket shows them. */
    public Optional<Requester> requester(Handle handle, long id) {
        return handle.createQuery(REQUESTER).bind("id", id).map(REQUESTERS).findOne();
    }

    /**
     * The customer with one of the contacts (e-mail first, then phone, then visitor id), with the
     * contacts they did not have yet added; or a new customer with them all. A new customer needs a
     * name: without one, the e-mail's local part or the visitor id stands in.
     */
    public Requester findOrCreate(Handle handle, RequesterInput input) {
        Map<String, String> contacts = contacts(input);
        if (contacts.isEmpty()) {
            throw ApiException.invalid("the requester is not valid", List.of(new FieldError("requester", TicketRules.REQUESTER_CONTACT)));
        }
        Instant now = clock.instant();
        Optional<Long> found = Optional.empty();
        for (Map.Entry<String, String> contact : contacts.entrySet()) {
            found = owner(handle, contact.getKey(), contact.getValue());
            if (found.isPresent()) {
                break;
            }
        }
        long id = found.orElseGet(() -> handle.createUpdate("INSERT INTO customer (name, version, created_at) VALUES (:name, 1, :now)")
                .bind("name", name(input)).bind("now", now).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one());
        for (Map.Entry<String, String> contact : contacts.entrySet()) {
            if (owner(handle, contact.getKey(), contact.getValue()).isEmpty()) {
                handle.createUpdate("INSERT INTO customer_contact (customer_id, kind, contact_value, created_at) VALUES (:id, :kind, :value, :now)")
                        .bind("id", id).bind("kind", contact.getKey()).bind("value", contact.getValue()).bind("now", now).execute();
            }
        }
        return requester(handle, id).orElseThrow();
    }

    private static Optional<Long> owner(Handle handle, String kind, String value) {
        return handle.createQuery("SELECT customer_id FROM customer_contact WHERE kind = :kind AND contact_value = :value")
                .bind("kind", kind).bind("value", value).mapTo(Long.class).findOne();
    }

    /** The given contacts, normalized, in the order they are looked up by. */
    private static Map<String, String> contacts(RequesterInput input) {
        Map<String, String> contacts = new LinkedHashMap<>();
        if (input == null) {
            return contacts;
        }
        String email = TicketRules.normalizedEmail(input.email());
        String phone = TicketRules.normalizedPhone(input.phone());
        if (email != null) {
            contacts.put(EMAIL, email);
        }
        if (phone != null) {
            contacts.put(PHONE, phone);
        }
        if (input.visitorId() != null && !input.visitorId().isBlank()) {
            contacts.put(VISITOR, input.visitorId().strip());
        }
        return contacts;
    }

    private static String name(RequesterInput input) {
        if (input.name() != null && !input.name().isBlank()) {
            return input.name().strip();
        }
        String email = TicketRules.normalizedEmail(input.email());
        if (email != null) {
            return email.substring(0, email.indexOf('@'));
        }
        return input.phone() != null && !input.phone().isBlank() ? input.phone().strip() : input.visitorId().strip();
    }
}
