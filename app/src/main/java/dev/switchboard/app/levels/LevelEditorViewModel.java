package dev.switchboard.app.levels;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.admin.StaleEdit;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.levels.CustomerLevel;
import dev.switchboard.shared.levels.CustomerLevelRules;
import dev.switchboard.shared.levels.NewCustomerLevel;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sites.WidgetColors;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The form of one customer level: name, queue priority, colour, place in the list and description.
 * Checked by the shared rules before sending; refusals next to the fields, everything typed kept; a
 * stale version shows both. FX thread.
 */
public final class LevelEditorViewModel {

    private final CustomerLevelsApi api;
    private final LevelWords words;
    private final I18n i18n;
    private final Executor fx;
    private final Consumer<CustomerLevel> saved;
    private final Supplier<CompletableFuture<List<CustomerLevel>>> current;

    private final ReadOnlyObjectWrapper<CustomerLevel> editing = new ReadOnlyObjectWrapper<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty queuePriority = new SimpleStringProperty("0");
    private final StringProperty color = new SimpleStringProperty("");
    private final StringProperty position = new SimpleStringProperty("");
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectBinding<String> shownColor;
    private final FormErrors errors;
    private final ReadOnlyObjectWrapper<StaleEdit> stale = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private CustomerLevel theirs;

    /**
     * @param current reads the levels as they are now (for the current version after a stale save)
     * @param saved   told of each level saved
     */
    LevelEditorViewModel(CustomerLevelsApi api, I18n i18n, Executor fx, Supplier<CompletableFuture<List<CustomerLevel>>> current,
                         Consumer<CustomerLevel> saved) {
        this.api = api;
        this.i18n = i18n;
        this.words = new LevelWords(i18n);
        this.fx = fx;
        this.current = current;
        this.saved = saved;
        this.errors = new FormErrors(i18n);
        this.shownColor = Bindings.createObjectBinding(() -> WidgetColors.isColor(color.get().strip()) ? color.get().strip() : null, color);
    }

    public ReadOnlyObjectProperty<CustomerLevel> editingProperty() {
        return editing.getReadOnlyProperty();
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** As typed: a whole number from 0 to 100 once valid. */
    public StringProperty queuePriorityProperty() {
        return queuePriority;
    }

    /** {@code #rrggbb}, or empty for none. */
    public StringProperty colorProperty() {
        return color;
    }

    /** The colour typed while it is one, for the swatch next to the field; null otherwise. */
    public ObjectBinding<String> shownColor() {
        return shownColor;
    }

    /** The place in the list as typed; empty: last for a new level, unchanged for one being edited. */
    public StringProperty positionProperty() {
        return position;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public FormErrors errors() {
        return errors;
    }

    public ReadOnlyObjectProperty<StaleEdit> staleProperty() {
        return stale.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    public void newLevel() {
        load(null);
    }

    public void load(CustomerLevel level) {
        editing.set(level);
        theirs = null;
        stale.set(null);
        errors.clear();
        name.set(level == null ? "" : level.name());
        queuePriority.set(Integer.toString(level == null ? 0 : level.queuePriority()));
        color.set(level == null || level.color() == null ? "" : level.color());
        position.set(level == null ? "" : Integer.toString(level.position()));
        description.set(level == null || level.description() == null ? "" : level.description());
    }

    /** Whether the form still shows the level as read. */
    boolean isUnchanged() {
        CustomerLevel read = editing.get();
        return read != null && notNumbers().isEmpty()
                && CustomerLevelRules.normalize(request(read.version())).equals(asRequest(read));
    }

    public void save() {
        CustomerLevel read = editing.get();
        save(read == null ? null : read.version());
    }

    /** Saves what was typed on top of the current version, after a stale save showed both. */
    public void reapply() {
        if (theirs != null) {
            editing.set(theirs);
            save(theirs.version());
        }
    }

    public void takeTheirs() {
        if (theirs != null) {
            load(theirs);
        }
    }

    NewCustomerLevel request(Long version) {
        return new NewCustomerLevel(name.get().strip(), description.get(), integer(queuePriority.get()), color.get(), integer(position.get()),
                version);
    }

    private void save(Long version) {
        if (busy.get()) {
            return;
        }
        CustomerLevel read = editing.get();
        NewCustomerLevel request = request(version);
        List<FieldError> wrong = new ArrayList<>(notNumbers());
        CustomerLevelRules.check(request, read != null).stream()
                .filter(error -> wrong.stream().noneMatch(known -> known.field().equals(error.field())))
                .map(words::word).forEach(wrong::add);
        if (!wrong.isEmpty()) {
            errors.show(wrong);
            return;
        }
        busy.set(true);
        NewCustomerLevel sent = CustomerLevelRules.normalize(request);
        CompletableFuture<CustomerLevel> done = read == null ? api.create(sent) : api.replace(read.id(), sent);
        done.whenCompleteAsync((level, failure) -> {
            busy.set(false);
            if (failure == null) {
                load(level);
                saved.accept(level);
            } else {
                refused(failure, sent);
            }
        }, fx);
    }

    private void refused(Throwable failure, NewCustomerLevel mine) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && !problem.problem().errors().isEmpty()) {
            errors.show(problem.problem().errors().stream().map(words::word).toList());
            return;
        }
        if (!errors.show(failure) || editing.get() == null) {
            return;
        }
        long id = editing.get().id();
        current.get().whenCompleteAsync((levels, listFailure) -> {
            CustomerLevel now = levels == null ? null : levels.stream().filter(level -> level.id() == id).findFirst().orElse(null);
            if (now == null) {
                errors.show(new IllegalStateException(i18n.get("customerLevels.error.gone")));
                return;
            }
            theirs = now;
            stale.set(new StaleEdit(words.describe(asRequest(now)), words.describe(mine)));
        }, fx);
    }

    /** The whole-number fields that hold something else (the record cannot carry it, so the shared rules cannot tell). */
    private List<FieldError> notNumbers() {
        List<FieldError> wrong = new ArrayList<>();
        if (!isWholeNumber(queuePriority.get())) {
            wrong.add(words.word(new FieldError("queuePriority", CustomerLevelRules.PRIORITY_MESSAGE)));
        }
        if (!position.get().isBlank() && !isWholeNumber(position.get())) {
            wrong.add(words.word(new FieldError("position", CustomerLevelRules.POSITION_MESSAGE)));
        }
        return wrong;
    }

    static NewCustomerLevel asRequest(CustomerLevel level) {
        return new NewCustomerLevel(level.name(), level.description(), level.queuePriority(), level.color(), level.position(), level.version());
    }

    private static boolean isWholeNumber(String value) {
        return value != null && value.strip().matches("-?\\d{1,9}");
    }

    private static Integer integer(String value) {
        return isWholeNumber(value) ? Integer.valueOf(value.strip()) : null;
    }
}
