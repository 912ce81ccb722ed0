package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
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
    private final StringProperty message;
    /** The prefilled text when it is the standard greeting, which the server words in the visitor's language; else null. */
    private final String standardGreeting;
    private final BooleanProperty forced = new SimpleBooleanProperty();
    private final DialogRequest request;
    private final BooleanBinding canSend;

    InviteViewModel(VisitorRow visitor, String prefilled, VisitorService service, VisitorTexts texts, I18n i18n,
                    NotificationCenter notices, Executor fx) {
        this(visitor, prefilled, false, service, texts, i18n, notices, fx);
    }

    /**
     * @param standardGreeting {@code prefilled} is the standard greeting (the agent set no message of
     *                         their own): sent unchanged, it goes as "no message", and the server
     *                         greets the visitor in the visitor's language, whatever the agent's is
     */
    InviteViewModel(VisitorRow visitor, String prefilled, boolean standardGreeting, VisitorService service, VisitorTexts texts,
                    I18n i18n, NotificationCenter notices, Executor fx) {
        this.standardGreeting = standardGreeting ? prefilled.strip() : null;
        this.visitor = visitor;
        this.service = service;
        this.texts = texts;
        this.i18n = i18n;
        this.message = new SimpleStringProperty(prefilled);
        this.request = new DialogRequest(i18n, notices, fx);
        this.canSend = Bindings.createBooleanBinding(() -> !request.busyProperty().get() && message.get() != null
                && !message.get().isBlank() && message.get().strip().length() <= MAX_LENGTH, request.busyProperty(), message);
    }

    public void send() {
        if (!canSend.get()) {
            return;
        }
        boolean openChat = forced.get();
        String text = message.get().strip();
        request.run(service.invite(visitor.id(), text.equals(standardGreeting) ? null : text, openChat),
                invitation -> i18n.get(openChat ? "visitors.invite.sentForced" : "visitors.invite.sent", visitor.pageTitle()));
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
        return request.busyProperty();
    }

    /** Becomes true once the server accepted the invitation: the dialog closes. */
    public ReadOnlyBooleanProperty sentProperty() {
        return request.doneProperty();
    }

    /** Why the last attempt failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return request.errorProperty();
    }

    public BooleanBinding canSend() {
        return canSend;
    }

    public I18n i18n() {
        return i18n;
    }
}
