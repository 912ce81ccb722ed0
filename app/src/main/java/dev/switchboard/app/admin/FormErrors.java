package dev.switchboard.app.admin;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What an editor shows after a save is refused, next to the fields the backend (or the shared rule
 * checked first in the workstation) named, and one message for the rest: a stale version, the
 * server out of reach, a refusal that names no field. The editor's own fields are left as typed,
 * so nothing is lost on an error. An editor's view model keeps one; its view binds each field's
 * message under the field (see {@link EditorForm}). FX thread.
 */
public final class FormErrors {

    private final I18n i18n;
    private final Map<String, ReadOnlyStringWrapper> byField = new HashMap<>();
    private final ReadOnlyStringWrapper general = new ReadOnlyStringWrapper("");

    public FormErrors(I18n i18n) {
        this.i18n = i18n;
    }

    /** The message for {@code field} (the backend's field name, e.g. {@code login}), empty while there is none. */
    public ReadOnlyStringProperty field(String field) {
        return byField.computeIfAbsent(field, name -> new ReadOnlyStringWrapper("")).getReadOnlyProperty();
    }

    /** The message that belongs to no one field. */
    public ReadOnlyStringProperty general() {
        return general.getReadOnlyProperty();
    }

    public void clear() {
        byField.values().forEach(message -> message.set(""));
        general.set("");
    }

    /** Whether any message shows. */
    public boolean any() {
        return !general.get().isEmpty() || byField.values().stream().anyMatch(message -> !message.get().isEmpty());
    }

    /** Shows the workstation's own check of the form before it is sent (the shared rules). */
    public void show(List<FieldError> errors) {
        clear();
        errors.forEach(this::put);
    }

    /**
     * Shows why a save failed. Field errors go next to their fields (a field this form lacks goes
     * to the general message, so none is ever hidden); answers {@code true} when the save failed
     * because someone changed the item meanwhile (409 naming no field), for the editor to offer both
     * versions. A 409 naming a field is a clash with another item (a login or a name in use): its
     * message goes next to that field, and there is no other version to show.
     */
    public boolean show(Throwable failure) {
        clear();
        Throwable cause = unwrap(failure);
        if (cause instanceof ProblemException refused) {
            List<FieldError> errors = refused.problem().errors() == null ? List.of() : refused.problem().errors();
            errors.forEach(this::put);
            if (errors.isEmpty()) {
                String detail = refused.problem().detail();
                general.set(detail == null || detail.isBlank() ? refused.problem().title() : detail);
            }
            return refused.is(ProblemType.CONFLICT) && errors.isEmpty();
        }
        if (cause instanceof ServerUnreachableException) {
            general.set(i18n.get("admin.error.unreachable"));
        } else {
            general.set(i18n.get("admin.error.failed", String.valueOf(cause.getMessage())));
        }
        return false;
    }

    private void put(FieldError error) {
        ReadOnlyStringWrapper message = byField.get(error.field());
        if (message == null) {
            // an error of no field (blank) reads as its message alone
            String line = error.field() == null || error.field().isBlank() ? error.message() : error.field() + ": " + error.message();
            general.set(general.get().isEmpty() ? line : general.get() + "\n" + line);
        } else {
            message.set(message.get().isEmpty() ? error.message() : message.get() + "; " + error.message());
        }
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
