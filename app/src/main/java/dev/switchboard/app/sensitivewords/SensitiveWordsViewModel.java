package dev.switchboard.app.sensitivewords;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sensitive.SensitiveWord;
import dev.switchboard.shared.sensitive.SensitiveWordList;
import dev.switchboard.shared.sensitive.SensitiveWordMode;
import dev.switchboard.shared.sensitive.SensitiveWordRules;
import dev.switchboard.shared.sensitive.SensitiveWordSettings.AgentMode;
import dev.switchboard.shared.sensitive.SensitiveWordTrial;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The Sensitive words section: the words, searchable; the chosen word's editor; adding one or a
 * pasted list; deleting one (the view asks first); what agents may do with a message that contains
 * one; and "try a sentence", answered by the backend's screen as it would hold or flag it now.
 * Another admin's change comes through the change log (the chat's word check hears it) and the
 * list is read again. Administrators change the list; supervisors read and try it. FX thread.
 */
public final class SensitiveWordsViewModel {

    private final SensitiveWordsApi api;
    private final Function<Runnable, Runnable> onChange;
    private final I18n i18n;
    private final Executor fx;
    private final ObservableList<SensitiveWord> words = FXCollections.observableArrayList();
    private final FilteredList<SensitiveWord> shown = new FilteredList<>(words);
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<SensitiveWord> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<AgentMode> agentMode = new ReadOnlyObjectWrapper<>();
    private long agentModeVersion;
    private final StringProperty trialText = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper trialOutcome = new ReadOnlyStringWrapper("");
    private final FormErrors trialErrors;
    private final FormErrors listErrors;
    private final BooleanBinding canEdit;
    private final SensitiveWordEditor editor;
    private final SensitiveWordAdder adder;

    /** @param onChange subscribes to the change log's word changes (answers how to stop); the listener runs on the sync thread */
    SensitiveWordsViewModel(SensitiveWordsApi api, Function<Runnable, Runnable> onChange, I18n i18n, ReadOnlyObjectProperty<Agent> self,
                            Executor fx) {
        this.api = api;
        this.onChange = onChange;
        this.i18n = i18n;
        this.fx = fx;
        this.trialErrors = new FormErrors(i18n);
        this.listErrors = new FormErrors(i18n);
        this.canEdit = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role().atLeast(Role.ADMIN), self);
        this.editor = new SensitiveWordEditor(api, i18n, fx, word -> reload());
        this.adder = new SensitiveWordAdder(api, i18n, fx, this::reload);
    }

    public void activate(Disposer disposer) {
        disposer.onDispose(onChange.apply(() -> fx.execute(this::reload)));
        disposer.observe(search, text -> shown.setPredicate(word -> matches(word, text)));
        disposer.listen(selected, (observable, before, after) -> {
            if (after == null || editor.editingProperty().get() == null || editor.editingProperty().get().id() != after.id()) {
                editor.load(after);
            }
        });
        reload();
    }

    public ObservableList<SensitiveWord> shownWords() {
        return shown;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public ObjectProperty<SensitiveWord> selectedProperty() {
        return selected;
    }

    /** What agents may do with a message that contains a sensitive word, as the server has it. */
    public ReadOnlyObjectProperty<AgentMode> agentModeProperty() {
        return agentMode.getReadOnlyProperty();
    }

    public StringProperty trialTextProperty() {
        return trialText;
    }

    /** What the screen would do with the sentence tried. */
    public ReadOnlyStringProperty trialOutcomeProperty() {
        return trialOutcome.getReadOnlyProperty();
    }

    public FormErrors trialErrors() {
        return trialErrors;
    }

    /** A failed load, delete or mode change; the editor and the adder keep their own errors. */
    public FormErrors listErrors() {
        return listErrors;
    }

    public BooleanBinding canEdit() {
        return canEdit;
    }

    public SensitiveWordEditor editor() {
        return editor;
    }

    public SensitiveWordAdder adder() {
        return adder;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Deletes the chosen word (the view asks first). */
    public void delete() {
        SensitiveWord word = selected.get();
        if (word == null || !canEdit.get()) {
            return;
        }
        run(api.delete(word.id()));
    }

    public String deleteQuestion() {
        SensitiveWord word = selected.get();
        return word == null ? "" : i18n.get("sensitiveWords.delete.question", word.word());
    }

    /** Sets what agents may do, at the version read; a change made meanwhile is refused, and the list read again. */
    public void chooseAgentMode(AgentMode mode) {
        if (mode == null || mode == agentMode.get() || !canEdit.get()) {
            return;
        }
        listErrors.clear();
        api.setMode(new SensitiveWordMode(mode, agentModeVersion)).whenCompleteAsync((done, failure) -> {
            // a stale choice names no field: it is said under the choice, which shows the setting as it is now after the reload
            if (failure != null && listErrors.show(failure)) {
                listErrors.show(List.of(new FieldError("agentMode", i18n.get("sensitiveWords.error.modeStale"))));
            }
            reload();
        }, fx);
    }

    /** Asks the backend's screen what it would find in the sentence typed. */
    public void tryText() {
        SensitiveWordTrial.Request request = new SensitiveWordTrial.Request(trialText.get());
        List<FieldError> wrong = SensitiveWordRules.check(request);
        trialOutcome.set("");
        if (!wrong.isEmpty()) {
            trialErrors.show(wrong.stream().map(error -> SensitiveWordTexts.word(i18n, error)).toList());
            return;
        }
        trialErrors.clear();
        api.trial(request.text()).whenCompleteAsync((result, failure) -> {
            if (failure != null) {
                trialErrors.show(failure);
            } else if (result.words().isEmpty()) {
                trialOutcome.set(i18n.get("sensitiveWords.trial.nothing"));
            } else {
                trialOutcome.set(i18n.get("sensitiveWords.trial.found", SensitiveWordTexts.list(result.words()))
                        + "\n" + i18n.get("sensitiveWords.trial.agents." + result.agentMode().name())
                        + "\n" + i18n.get("sensitiveWords.trial.visitors"));
            }
        }, fx);
    }

    /** Reads the list again (after a change here or elsewhere). */
    public void reload() {
        api.list().whenCompleteAsync((list, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            } else {
                show(list);
            }
        }, fx);
    }

    private void show(SensitiveWordList list) {
        agentMode.set(list.agentMode());
        agentModeVersion = list.agentModeVersion();
        SensitiveWord before = selected.get();
        if (!list.words().equals(words)) {
            words.setAll(list.words());
        }
        SensitiveWord fresh = before == null ? null : list.words().stream().filter(word -> word.id() == before.id()).findFirst().orElse(null);
        if (fresh == null) {
            selected.set(null); // deleted, here or elsewhere
            editor.load(null);
        } else if (!fresh.equals(before)) {
            boolean untouched = editor.isUnchanged();
            selected.set(fresh);
            // the form follows a word changed elsewhere unless the admin has typed into it
            if (untouched) {
                editor.load(fresh);
            }
        }
    }

    private void run(CompletableFuture<?> work) {
        listErrors.clear();
        work.whenCompleteAsync((done, failure) -> {
            if (failure != null) {
                listErrors.show(failure);
            }
            reload();
        }, fx);
    }

    private static boolean matches(SensitiveWord word, String text) {
        return text == null || text.isBlank() || word.word().toLowerCase(Locale.ROOT).contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
