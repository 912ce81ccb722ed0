package dev.switchboard.app.routingrules;

import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.RoutingTestRequest;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Test this rule": a made-up visitor (or one picked from those on the site now, which fills the
 * fields as routing would see them) routed on the live rules and agents by the backend's dry run,
 * which assigns nothing. The answer is the decision and every candidate's reason, as codes the
 * view words in the reader's language. FX thread.
 */
public final class RuleTestViewModel {

    private final RoutingRulesApi api;
    private final Executor fx;

    private final ObservableList<VisitorSummary> visitors = FXCollections.observableArrayList();
    private final ObjectProperty<VisitorSummary> visitor = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty engine = new SimpleStringProperty("");
    private final StringProperty keyword = new SimpleStringProperty("");
    private final StringProperty landingUrl = new SimpleStringProperty("");
    private final StringProperty currentUrl = new SimpleStringProperty("");
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty questionType = new SimpleStringProperty("");
    private final StringProperty customerLevel = new SimpleStringProperty("");
    private final ObservableList<String> levels;
    private final ObjectProperty<Returning> returning = new SimpleObjectProperty<>(Returning.ANY);
    private final ObservableList<String> questionTypes = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<RoutingReasons> answer = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();

    /** @param levels the configured customer levels, offered for the test's customer level */
    RuleTestViewModel(RoutingRulesApi api, ObservableList<String> levels, Executor fx) {
        this.api = api;
        this.levels = levels;
        this.fx = fx;
        visitor.addListener((observable, before, picked) -> {
            if (picked != null) {
                fillFrom(picked);
            }
        });
    }

    /** Reads the visitors to pick from and the form's question types. */
    public void activate() {
        refreshVisitors();
        api.questionTypes().thenAccept(types -> fx.execute(() -> questionTypes.setAll(types)));
    }

    public void refreshVisitors() {
        api.recentVisitors().thenAccept(list -> fx.execute(() -> {
            VisitorSummary picked = visitor.get();
            visitors.setAll(list);
            if (picked != null) {
                visitor.set(list.stream().filter(v -> v.id().equals(picked.id())).findFirst().orElse(null));
            }
        }));
    }

    public ObservableList<VisitorSummary> visitors() {
        return visitors;
    }

    /** The visitor picked; picking one fills the fields below from them (and routing looks up who served them last). */
    public ObjectProperty<VisitorSummary> visitorProperty() {
        return visitor;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty engineProperty() {
        return engine;
    }

    public StringProperty keywordProperty() {
        return keyword;
    }

    public StringProperty landingUrlProperty() {
        return landingUrl;
    }

    public StringProperty currentUrlProperty() {
        return currentUrl;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty questionTypeProperty() {
        return questionType;
    }

    public StringProperty customerLevelProperty() {
        return customerLevel;
    }

    public ObjectProperty<Returning> returningProperty() {
        return returning;
    }

    /** The pre-chat form's question types, for the question field's suggestions. */
    public ObservableList<String> levels() {
        return levels;
    }

    public ObservableList<String> questionTypes() {
        return questionTypes;
    }

    /** The last decision, null before the first run. */
    public ReadOnlyObjectProperty<RoutingReasons> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    /** Why the last run failed, null when it did not. */
    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Routes the visitor the fields describe, as a new chat would be. */
    public void run() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        failure.set(null);
        api.test(request()).whenCompleteAsync((decision, error) -> {
            busy.set(false);
            if (error == null) {
                answer.set(decision);
            } else {
                answer.set(null);
                failure.set(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            }
        }, fx);
    }

    /** Forgets the picked visitor; the fields stay for a made-up one. */
    public void madeUp() {
        visitor.set(null);
    }

    RoutingTestRequest request() {
        VisitorSummary picked = visitor.get();
        return new RoutingTestRequest(picked == null ? null : picked.id(), channel.get(), blankToNull(engine.get()), blankToNull(keyword.get()),
                blankToNull(landingUrl.get()), blankToNull(currentUrl.get()), blankToNull(language.get()), blankToNull(questionType.get()),
                blankToNull(customerLevel.get()), returning.get().value());
    }

    private void fillFrom(VisitorSummary picked) {
        channel.set(picked.source() == null ? null : picked.source().channel());
        engine.set(text(picked.source() == null ? null : picked.source().engine()));
        keyword.set(text(picked.source() == null ? null : picked.source().keyword()));
        landingUrl.set(text(picked.landingUrl()));
        currentUrl.set(text(picked.currentUrl()));
        language.set(text(picked.language()));
        customerLevel.set(text(picked.customerLevel()));
        returning.set(picked.visitCount() > 1 ? Returning.RETURNING : Returning.FIRST_VISIT);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
