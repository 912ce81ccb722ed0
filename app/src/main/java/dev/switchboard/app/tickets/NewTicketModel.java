package dev.switchboard.app.tickets;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.tickets.fields.CustomFieldEdits;
import dev.switchboard.app.tickets.fields.CustomFieldWords;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.NewTicket;
import dev.switchboard.shared.tickets.RequesterInput;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form for a ticket made by hand (a phone call, say): subject, description, who it is for (a
 * name and an e-mail address or a phone number), category, priority and group. The shared rules
 * are checked before sending and the backend's refusals show next to their fields; what was typed
 * stays on every error. One idempotency key per ticket being made, so a create repeated after a
 * lost answer makes it once. FX thread.
 */
final class NewTicketModel {

    private final TicketSource source;
    private final I18n i18n;
    private final Executor fx;
    private final Consumer<Ticket> made;
    final StringProperty subject = new SimpleStringProperty("");
    final StringProperty description = new SimpleStringProperty("");
    final StringProperty requesterName = new SimpleStringProperty("");
    final StringProperty requesterEmail = new SimpleStringProperty("");
    final StringProperty requesterPhone = new SimpleStringProperty("");
    final ObjectProperty<Pick> category = new SimpleObjectProperty<>(Pick.NONE);
    final ObjectProperty<TicketPriority> priority = new SimpleObjectProperty<>(TicketPriority.NORMAL);
    final ObjectProperty<Pick> group = new SimpleObjectProperty<>(Pick.NONE);
    private final FormErrors errors;
    private final CustomFieldEdits custom = new CustomFieldEdits(true);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private String clientId = UUID.randomUUID().toString();

    /** @param made told of the ticket once it is stored (to open it) */
    NewTicketModel(TicketSource source, I18n i18n, Executor fx, Consumer<Ticket> made) {
        this.source = source;
        this.i18n = i18n;
        this.fx = fx;
        this.made = made;
        this.errors = new FormErrors(i18n);
    }

    FormErrors errors() {
        return errors;
    }

    /** The custom fields of the chosen category (ADR 0039). */
    CustomFieldEdits custom() {
        return custom;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** An empty form for the next ticket. */
    void clear() {
        subject.set("");
        description.set("");
        requesterName.set("");
        requesterEmail.set("");
        requesterPhone.set("");
        category.set(Pick.NONE);
        priority.set(TicketPriority.NORMAL);
        group.set(Pick.NONE);
        custom.clear();
        errors.clear();
        clientId = UUID.randomUUID().toString();
    }

    void create() {
        if (busy.get()) {
            return;
        }
        NewTicket ticket = request();
        List<FieldError> wrong = new java.util.ArrayList<>(TicketRules.check(ticket));
        wrong.addAll(custom.checkNew());
        if (!wrong.isEmpty()) {
            errors.show(CustomFieldWords.word(wrong.stream().map(error -> TicketWords.word(error, i18n)).toList(), custom, i18n));
            return;
        }
        busy.set(true);
        source.create(ticket).whenCompleteAsync((stored, failure) -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                if (cause instanceof dev.switchboard.app.net.ProblemException refused && !refused.problem().errors().isEmpty()) {
                    errors.show(CustomFieldWords.word(refused.problem().errors().stream().map(error -> TicketWords.word(error, i18n)).toList(),
                            custom, i18n));
                } else {
                    errors.show(failure);
                }
                return;
            }
            clear();
            made.accept(stored);
        }, fx);
    }

    private NewTicket request() {
        RequesterInput requester = new RequesterInput(orNull(requesterName.get()), orNull(requesterEmail.get()), orNull(requesterPhone.get()), null);
        return new NewTicket(orNull(subject.get()) == null ? "" : subject.get().strip(), orNull(description.get()), null, requester,
                category.get().id(), priority.get(), null, null, group.get().id(), TicketChannel.PHONE, null, null, null, null,
                custom.values().isEmpty() ? null : custom.values(), clientId);
    }

    private static String orNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
