package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The block dialog: a required reason, whether to block the visitor's address as well, and how
 * long the block lasts. A refusal is shown in the dialog with the server's reason, keeping what
 * the agent typed. FX thread.
 */
public final class BlockViewModel {

    /** The server takes at most this many characters. */
    public static final int MAX_LENGTH = 500;

    private final VisitorRow visitor;
    private final VisitorService service;
    private final VisitorTexts texts;
    private final I18n i18n;
    private final Clock clock;
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty blockAddress = new SimpleBooleanProperty();
    private final ObjectProperty<BlockExpiry> expiry = new SimpleObjectProperty<>(BlockExpiry.NEVER);
    private final DialogRequest request;
    private final BooleanBinding reasonMissing;
    private final BooleanBinding canBlock;

    BlockViewModel(VisitorRow visitor, VisitorService service, VisitorTexts texts, I18n i18n, NotificationCenter notices,
                   Clock clock, Executor fx) {
        this.visitor = visitor;
        this.service = service;
        this.texts = texts;
        this.i18n = i18n;
        this.clock = clock;
        this.request = new DialogRequest(i18n, notices, fx);
        this.reasonMissing = Bindings.createBooleanBinding(() -> reason.get() == null || reason.get().isBlank(), reason);
        this.canBlock = Bindings.createBooleanBinding(() -> !request.busyProperty().get() && !reasonMissing.get()
                && reason.get().strip().length() <= MAX_LENGTH, request.busyProperty(), reasonMissing, reason);
    }

    public void block() {
        if (!canBlock.get()) {
            return;
        }
        request.run(service.block(visitor.id(), reason.get().strip(), blockAddress.get(), expiry.get().after(clock.instant())),
                done -> i18n.get(done.ipBlocked() ? "visitors.block.doneWithAddress" : "visitors.block.done", visitor.pageTitle()));
    }

    public String visitorText() {
        return i18n.get("visitors.dialog.visitor", visitor.pageTitle(), texts.source(visitor));
    }

    public String expiryText(BlockExpiry choice) {
        return i18n.get(choice.textKey());
    }

    public List<BlockExpiry> expiryChoices() {
        return List.of(BlockExpiry.values());
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public BooleanProperty blockAddressProperty() {
        return blockAddress;
    }

    public ObjectProperty<BlockExpiry> expiryProperty() {
        return expiry;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return request.busyProperty();
    }

    /** Becomes true once the server made the block: the dialog closes. */
    public ReadOnlyBooleanProperty blockedProperty() {
        return request.doneProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return request.errorProperty();
    }

    /** The reason is required; the dialog says so next to the field. */
    public BooleanBinding reasonMissing() {
        return reasonMissing;
    }

    public BooleanBinding canBlock() {
        return canBlock;
    }

    public I18n i18n() {
        return i18n;
    }
}
