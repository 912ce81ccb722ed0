package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The invitation dialog: a message (prefilled, editable) and whether to open the visitor's chat
 * window at once. A refusal (the visitor left, was blocked or already invited) is shown in the
 * dialog with the server's reason, and what the agent typed stays. FX thread.
 */
public final class InviteViewModel {

    /** The server takes at most this many characters. */
    public static final int MAX_LENGTH = 500;

    private final VisitorRow visitor;
    private final VisitorService service;
    private final VisitorTexts texts;
    private final I18n i18n;
    private final NotificationCenter notices;
    private final Executor fx;
    private final StringProperty message;
    private final BooleanProperty forced = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper sent = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding canSend;

    InviteViewModel(VisitorRow visitor, String prefilled, VisitorService service, VisitorTexts texts, I18n i18n,
                    NotificationCenter notices, Executor fx) {
        this.visitor = visitor;
        this.service = service;
        this.texts = texts;
        this.i18n = i18n;
        this.notices = notices;
        this.fx = fx;
        this.message = new SimpleStringProperty(prefilled);
        this.canSend = Bindings.createBooleanBinding(() -> !busy.get() && message.get() != null
                && !message.get().isBlank() && message.get().strip().length() <= MAX_LENGTH, busy, message);
    }

    public void send() {
        if (!canSend.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        boolean openChat = forced.get();
        service.invite(visitor.id(), message.get().strip(), openChat).whenCompleteAsync((invitation, failure) -> {
            busy.set(false);
            if (failure != null) {
                error.set(FailureText.of(failure, i18n));
            } else {
                notices.post(new Notice(Notice.Level.SUCCESS,
                        i18n.get(openChat ? "visitors.invite.sentForced" : "visitors.invite.sent", visitor.pageTitle()), false));
                sent.set(true);
            }
        }, fx);
    }

    /** Who is being invited: "On “Running shoes” · Search · Baidu". */
    public String visitorText() {
        return i18n.get("visitors.dialog.visitor", visitor.pageTitle(), texts.source(visitor));
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty forcedProperty() {
        return forced;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Becomes true once the server accepted the invitation: the dialog closes. */
    public ReadOnlyBooleanProperty sentProperty() {
        return sent.getReadOnlyProperty();
    }

    /** Why the last attempt failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public BooleanBinding canSend() {
        return canSend;
    }

    public I18n i18n() {
        return i18n;
    }
}
