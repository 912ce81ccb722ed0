package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.Notice;
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
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
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
    private final NotificationCenter notices;
    private final Clock clock;
    private final Executor fx;
    private final StringProperty reason = new SimpleStringProperty("");
    private final BooleanProperty blockAddress = new SimpleBooleanProperty();
    private final ObjectProperty<BlockExpiry> expiry = new SimpleObjectProperty<>(BlockExpiry.NEVER);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper blocked = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final BooleanBinding reasonMissing;
    private final BooleanBinding canBlock;

    BlockViewModel(VisitorRow visitor, VisitorService service, VisitorTexts texts, I18n i18n, NotificationCenter notices,
                   Clock clock, Executor fx) {
        this.visitor = visitor;
        this.service = service;
        this.texts = texts;
        this.i18n = i18n;
        this.notices = notices;
        this.clock = clock;
        this.fx = fx;
        this.reasonMissing = Bindings.createBooleanBinding(() -> reason.get() == null || reason.get().isBlank(), reason);
        this.canBlock = Bindings.createBooleanBinding(() -> !busy.get() && !reasonMissing.get()
                && reason.get().strip().length() <= MAX_LENGTH, busy, reasonMissing, reason);
    }

    public void block() {
        if (!canBlock.get()) {
            return;
        }
        busy.set(true);
        error.set("");
        service.block(visitor.id(), reason.get().strip(), blockAddress.get(), expiry.get().after(clock.instant()))
                .whenCompleteAsync((done, failure) -> {
                    busy.set(false);
                    if (failure != null) {
                        error.set(FailureText.of(failure, i18n));
                    } else {
                        notices.post(new Notice(Notice.Level.SUCCESS, i18n.get(done.ipBlocked()
                                ? "visitors.block.doneWithAddress" : "visitors.block.done", visitor.pageTitle()), false));
                        blocked.set(true);
                    }
                }, fx);
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
        return busy.getReadOnlyProperty();
    }

    /** Becomes true once the server made the block: the dialog closes. */
    public ReadOnlyBooleanProperty blockedProperty() {
        return blocked.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
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
