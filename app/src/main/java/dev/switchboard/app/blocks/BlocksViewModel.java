package dev.switchboard.app.blocks;

import dev.switchboard.app.admin.AdminList;
import dev.switchboard.app.admin.EntityChanges;
import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.BlockRules;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Blocks section (administrators): the blocks in force, searchable; blocking a visitor (typed
 * or picked from those on the site) with a reason, for a while or until lifted, and their address
 * too if wanted; lifting a block (the view asks first). Blocks made elsewhere (an agent blocking
 * from the visitor list) come through the change log ({@link AdminList}). FX thread.
 */
public final class BlocksViewModel {

    private final BlocksApi api;
    private final EntityChanges changes;
    private final I18n i18n;
    private final Clock clock;
    private final Executor fx;
    private final AdminList<Block> blocks;
    private final ObservableList<VisitorSummary> visitors = FXCollections.observableArrayList();
    private final StringProperty visitorId = new SimpleStringProperty("");
    private final BooleanProperty blockAddress = new SimpleBooleanProperty();
    private final StringProperty reason = new SimpleStringProperty("");
    private final ObjectProperty<Expiry> expiry = new SimpleObjectProperty<>(Expiry.DAY);
    private final FormErrors errors;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    BlocksViewModel(BlocksApi api, EntityChanges changes, I18n i18n, Clock clock, Executor fx) {
        this.api = api;
        this.changes = changes;
        this.i18n = i18n;
        this.clock = clock;
        this.fx = fx;
        this.errors = new FormErrors(i18n);
        this.blocks = new AdminList<>(i18n, fx, api::list, Block::id, BlocksViewModel::searchText, null);
    }

    public void activate(Disposer disposer) {
        blocks.activate(disposer, changes);
        refreshVisitors();
    }

    /** The blocks in force, searchable, the chosen one and what went wrong with the list. */
    public AdminList<Block> blocks() {
        return blocks;
    }

    public ObservableList<VisitorSummary> visitors() {
        return visitors;
    }

    public StringProperty visitorIdProperty() {
        return visitorId;
    }

    public BooleanProperty blockAddressProperty() {
        return blockAddress;
    }

    public StringProperty reasonProperty() {
        return reason;
    }

    public ObjectProperty<Expiry> expiryProperty() {
        return expiry;
    }

    /** The form's errors, each next to its field. */
    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    public void refreshVisitors() {
        api.recentVisitors().thenAccept(list -> fx.execute(() -> visitors.setAll(list)));
    }

    /** Blocks the visitor the form names; the form empties once it is done, and keeps everything on a refusal. */
    public void block() {
        if (busy.get()) {
            return;
        }
        String reasonText = reason.get() == null ? null : reason.get().strip();
        NewBlock request = new NewBlock(visitorId.get() == null ? null : visitorId.get().strip(), blockAddress.get(), reasonText,
                expiry.get().from(clock.instant()));
        List<FieldError> wrong = BlockRules.check(request, clock.instant());
        if (!wrong.isEmpty()) {
            errors.show(wrong.stream().map(this::word).toList());
            return;
        }
        busy.set(true);
        api.block(request).whenCompleteAsync((block, failure) -> {
            busy.set(false);
            if (failure == null) {
                errors.clear();
                visitorId.set("");
                reason.set("");
                blockAddress.set(false);
                blocks.reload();
            } else {
                refused(failure);
            }
        }, fx);
    }

    /** Lifts the chosen block (the view asks first). */
    public void lift() {
        Block block = blocks.selectedProperty().get();
        if (block == null) {
            return;
        }
        blocks.change(api.lift(block.id()), lifted -> blocks.reload());
    }

    public String liftQuestion() {
        Block block = blocks.selectedProperty().get();
        return block == null ? "" : i18n.get("blocks.lift.question", block.visitorId());
    }

    private void refused(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && problem.problem().errors() != null && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(this::word).toList());
        } else if (cause instanceof ProblemException problem && problem.is(ProblemType.NOT_FOUND)) {
            errors.show(List.of(new FieldError("visitorId", i18n.get("blocks.error.noSuchVisitor"))));
        } else {
            errors.show(failure);
        }
    }

    private FieldError word(FieldError error) {
        String key = switch (error.message()) {
            case BlockRules.VISITOR_REQUIRED -> "blocks.error.visitor";
            case BlockRules.REASON_MESSAGE -> "blocks.error.reason";
            case BlockRules.EXPIRY_IN_PAST -> "blocks.error.expiry";
            default -> null;
        };
        return key == null ? error : new FieldError(error.field(), i18n.get(key, BlockRules.REASON_MAX));
    }

    private static String searchText(Block block) {
        return block.visitorId() + " " + Objects.requireNonNullElse(block.ip(), "") + " " + block.reason() + " "
                + Objects.requireNonNullElse(block.createdByName(), "");
    }
}
