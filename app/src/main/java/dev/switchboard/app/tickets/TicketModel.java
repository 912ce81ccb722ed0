package dev.switchboard.app.tickets;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.tickets.fields.CustomFieldEdits;
import dev.switchboard.app.tickets.fields.CustomFieldWords;
import dev.switchboard.app.tickets.offline.Drafts;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.CommentKind;
import dev.switchboard.shared.tickets.NewTicketComment;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketComment;
import dev.switchboard.shared.tickets.TicketHistoryEntry;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPatches;
import dev.switchboard.shared.tickets.TicketRules;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.stream.Collectors;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open ticket: its fields as read and as the agent changes them, its thread of replies and
 * notes, its history, and the reply box. A save sends what the agent changed from the version
 * read; when someone changed the same fields meanwhile, nothing is lost: both versions show side
 * by side ({@link #staleProperty}) and the agent applies theirs again on top of the current version
 * or takes the current one. A change made elsewhere shows at once while the agent has not changed
 * anything; a reply or note made elsewhere joins the thread. FX thread.
 */
final class TicketModel {

    private final TicketSource source;
    private final I18n i18n;
    private final Executor fx;
    private final ObjectProperty<TicketTerms> terms;
    private final ReadOnlyObjectWrapper<Ticket> ticket = new ReadOnlyObjectWrapper<>();
    private final TicketFields fields = new TicketFields();
    private final CustomFieldEdits custom = new CustomFieldEdits(false);
    private final PendingReminderEdit reminder;
    private final ObservableList<TicketComment> comments = FXCollections.observableArrayList();
    private final ObservableList<TicketHistoryEntry> history = FXCollections.observableArrayList();
    private final StringProperty reply = new SimpleStringProperty("");
    private final FormErrors errors;
    private final FormErrors replyErrors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final BooleanBinding changed;
    /** The ticket as it was when a save was refused as stale, until the agent chooses. */
    private Ticket staleCurrent;
    /** The reply's idempotency key: the same until it is stored, so a retry after a lost answer posts it once. */
    private String replyKey = UUID.randomUUID().toString();
    private int loads;
    /** Where the reply box's text is kept while typed (offline drafts, ADR 0038), and the ticket it is for. */
    private Drafts drafts;
    private long replyOwner;

    TicketModel(TicketSource source, I18n i18n, Executor fx, ObjectProperty<TicketTerms> terms) {
        this.source = source;
        this.i18n = i18n;
        this.fx = fx;
        this.terms = terms;
        this.errors = new FormErrors(i18n);
        this.replyErrors = new FormErrors(i18n);
        this.reminder = new PendingReminderEdit(fields.status, terms, i18n);
        List<Observable> dependencies = new ArrayList<>(List.of(fields.all()));
        dependencies.addAll(List.of(reminder.all()));
        dependencies.add(ticket);
        dependencies.add(custom.revision());
        this.changed = Bindings.createBooleanBinding(() -> ticket.get() != null
                        && (fields.patch(ticket.get()) != null || !custom.changes().isEmpty() || reminder.changed()),
                dependencies.toArray(Observable[]::new));
        reply.addListener((observable, before, text) -> {
            if (drafts != null) {
                drafts.typed(Drafts.replyKey(replyOwner), text);
            }
        });
    }

    /** Keeps the reply box's text in {@code drafts} while typed, and brings it back when its ticket opens. */
    void keepDrafts(Drafts kept) {
        this.drafts = kept;
    }

    /** The ticket as read (the version a save is made from); null before one is open. */
    ReadOnlyObjectProperty<Ticket> ticketProperty() {
        return ticket.getReadOnlyProperty();
    }

    TicketFields fields() {
        return fields;
    }

    /** The pending reminder of the open ticket as the agent has it. */
    PendingReminderEdit reminder() {
        return reminder;
    }

    /** The custom fields of the open ticket as the agent has them (ADR 0039). */
    CustomFieldEdits custom() {
        return custom;
    }

    /** Whether the agent changed a field from the version read. */
    BooleanBinding changedProperty() {
        return changed;
    }

    ObservableList<TicketComment> comments() {
        return comments;
    }

    ObservableList<TicketHistoryEntry> history() {
        return history;
    }

    StringProperty replyProperty() {
        return reply;
    }

    FormErrors errors() {
        return errors;
    }

    FormErrors replyErrors() {
        return replyErrors;
    }

    /** Both versions after a save refused as stale; null otherwise. */
    ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Opens ticket {@code id}: its fields, thread and history as they are now. */
    void open(long id) {
        int load = ++loads;
        errors.clear();
        replyErrors.clear();
        stale.set(null);
        staleCurrent = null;
        if (ticket.get() == null || ticket.get().id() != id) {
            replyOwner = id;
            reply.set(drafts == null ? "" : drafts.text(Drafts.replyKey(id)));
            replyKey = UUID.randomUUID().toString();
            comments.clear();
            history.clear();
        }
        source.get(id).whenCompleteAsync((read, failure) -> {
            if (load != loads) {
                return;
            }
            if (failure != null) {
                errors.show(failure);
                return;
            }
            show(read);
            readThread(read.id());
        }, fx);
    }

    /** Shows a ticket made here (just created): no need to read it again. */
    void opened(Ticket made) {
        ++loads;
        errors.clear();
        stale.set(null);
        staleCurrent = null;
        replyOwner = made.id();
        reply.set("");
        comments.clear();
        history.clear();
        show(made);
        readThread(made.id());
    }

    /** Sends the changed fields from the version read. */
    void save() {
        Ticket base = ticket.get();
        if (base == null || busy.get()) {
            return;
        }
        List<FieldError> wrongReminder = reminder.check();
        TicketPatch patch = wrongReminder.isEmpty() ? reminder.addTo(custom.addTo(fields.patch(base), base.version()), base) : null;
        if (patch == null && wrongReminder.isEmpty()) {
            return;
        }
        List<FieldError> wrong = new ArrayList<>(wrongReminder);
        if (patch != null) {
            wrong.addAll(TicketRules.check(patch));
        }
        wrong.addAll(CustomFieldWords.word(custom.checkChanges(), custom, i18n));
        if (!wrong.isEmpty()) {
            errors.show(wrong.stream().map(error -> TicketWords.word(error, i18n)).toList());
            return;
        }
        busy.set(true);
        source.patch(base.id(), patch).whenCompleteAsync((saved, failure) -> {
            busy.set(false);
            if (ticket.get() == null || ticket.get().id() != base.id()) {
                return; // another ticket was opened meanwhile
            }
            if (failure == null) {
                errors.clear();
                stale.set(null);
                staleCurrent = null;
                show(saved);
                readHistory(saved.id());
            } else if (unwrap(failure) instanceof StaleTicketException refused) {
                errors.clear();
                staleCurrent = refused.current();
                stale.set(describe(patch, base, refused.current()));
            } else {
                showRefusal(failure);
            }
        }, fx);
    }

    /** A refused save's errors next to their fields, the custom fields' in the reader's language. */
    private void showRefusal(Throwable failure) {
        if (unwrap(failure) instanceof dev.switchboard.app.net.ProblemException refused && !refused.problem().errors().isEmpty()) {
            errors.show(CustomFieldWords.word(refused.problem().errors().stream().map(error -> TicketWords.word(error, i18n)).toList(), custom, i18n));
        } else {
            errors.show(failure);
        }
    }

    /** After a stale refusal: the agent's changes again, on top of the current version. */
    void reapplyMine() {
        if (staleCurrent == null) {
            return;
        }
        // the fields keep what the agent chose; only the version they are made from moves on
        ticket.set(staleCurrent);
        staleCurrent = null;
        stale.set(null);
        save();
    }

    /** After a stale refusal: the current version, the agent's changes dropped. */
    void takeTheirs() {
        if (staleCurrent == null) {
            return;
        }
        show(staleCurrent);
        readHistory(staleCurrent.id());
        staleCurrent = null;
        stale.set(null);
    }

    /** Adds the reply box's text as a public reply (the customer reads it) or an internal note; the text stays until it is stored. */
    void send(CommentKind kind) {
        Ticket open = ticket.get();
        if (open == null) {
            return;
        }
        String body = reply.get() == null ? "" : reply.get().strip();
        NewTicketComment comment = new NewTicketComment(kind, body, replyKey);
        List<FieldError> wrong = TicketRules.check(comment);
        if (!wrong.isEmpty()) {
            replyErrors.show(wrong.stream().map(error -> TicketWords.word(error, i18n)).toList());
            return;
        }
        busy.set(true);
        source.comment(open.id(), comment).whenCompleteAsync((stored, failure) -> {
            busy.set(false);
            if (failure != null) {
                replyErrors.show(failure);
                return;
            }
            replyErrors.clear();
            if (ticket.get() != null && ticket.get().id() == stored.ticketId()) {
                addComment(stored);
                if (body.equals(reply.get() == null ? "" : reply.get().strip())) {
                    reply.set("");
                }
            }
            replyKey = UUID.randomUUID().toString();
        }, fx);
    }

    /** Follows what happened to the open ticket elsewhere. */
    void apply(List<TicketEvent> events) {
        Ticket open = ticket.get();
        if (open == null) {
            return;
        }
        boolean fieldsChanged = false;
        for (TicketEvent event : events) {
            if (event.ticketId() != open.id()) {
                continue;
            }
            if (event instanceof TicketEvent.Commented commented) {
                addComment(commented.comment());
            } else if (event instanceof TicketEvent.Changed moved && moved.ticket().version() > ticket.get().version()) {
                fieldsChanged = true;
                // what the agent is changing stays; a save then merges or shows both versions
                if (!changed.get() && !busy.get() && staleCurrent == null) {
                    show(moved.ticket());
                }
            }
        }
        if (fieldsChanged) {
            readHistory(open.id());
        }
    }

    private void show(Ticket read) {
        ticket.set(read);
        fields.show(read);
        reminder.show(read);
        custom.show(read.customFields());
    }

    private void readThread(long id) {
        source.comments(id).whenCompleteAsync((list, failure) -> {
            if (failure == null && ticket.get() != null && ticket.get().id() == id) {
                list.forEach(this::addComment);
            }
        }, fx);
        readHistory(id);
    }

    private void readHistory(long id) {
        source.history(id).whenCompleteAsync((list, failure) -> {
            if (failure == null && ticket.get() != null && ticket.get().id() == id) {
                history.setAll(list);
            }
        }, fx);
    }

    private void addComment(TicketComment comment) {
        // a reply shown while waiting to sync and the same reply stored: one of them, the stored one (ADR 0038)
        if (comment.clientId() != null && comments.stream().anyMatch(known -> comment.clientId().equals(known.clientId()) && known.id() < comment.id())) {
            return;
        }
        comments.removeIf(known -> comment.clientId() != null && comment.clientId().equals(known.clientId()) && known.id() != comment.id());
        if (comments.stream().noneMatch(known -> known.id() == comment.id())) {
            int at = comments.size();
            while (at > 0 && comments.get(at - 1).id() > comment.id()) {
                at--;
            }
            comments.add(at, comment);
        }
    }

    private StaleEdit describe(TicketPatch mine, Ticket base, Ticket current) {
        TicketTerms words = terms.get();
        List<String> fieldNames = TicketFields.collisions(mine, base, current);
        Ticket wanted = TicketPatches.apply(current, mine);
        String theirs = fieldNames.stream().map(field -> label(field) + ": " + TicketFields.describe(field, current, words, i18n, reminder.zone()))
                .collect(Collectors.joining("\n"));
        String yours = fieldNames.stream().map(field -> label(field) + ": " + TicketFields.describe(field, wanted, words, i18n, reminder.zone()))
                .collect(Collectors.joining("\n"));
        return new StaleEdit(theirs, yours);
    }

    private String label(String field) {
        if (field.startsWith(TicketPatch.CUSTOM_FIELD_PREFIX)) {
            return custom.field(field.substring(TicketPatch.CUSTOM_FIELD_PREFIX.length())).map(known -> known.name(i18n.locale())).orElse(field);
        }
        return i18n.get("tickets.field." + field);
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
