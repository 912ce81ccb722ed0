package dev.switchboard.app.wrapup;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import dev.switchboard.shared.wrapup.WrapUpStatus;
import dev.switchboard.shared.wrapup.WrapUpSubmission;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The wrap-up panel's state: the wrap-ups this agent owes (a chat of theirs ended; after a
 * restart, those the server still lists), the first of them shown with the category tree and a
 * summary, and the visitor's rating of that chat as soon as it comes. FX thread.
 */
public final class WrapUpPanelViewModel {

    /** What the panel needs from outside. */
    public record Sources(WrapUpApi api, ReadOnlyObjectProperty<ChatsSnapshot> chats, Executor fx, Clock clock,
                          WrapUpCategoryChanges categoryChanges) {
    }

    private final Sources sources;
    private final I18n i18n;
    private final ObservableList<WrapUp> owed = FXCollections.observableArrayList();
    private final ObservableList<WrapUpCategory> categories = FXCollections.observableArrayList();
    private final ObjectProperty<WrapUp> current = new SimpleObjectProperty<>();
    private final Set<Long> checked = new LinkedHashSet<>();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final Map<Long, ChatMessages.Rated> ratings = new HashMap<>();
    private final Map<Long, String> visitorNames = new HashMap<>();
    private final ObjectProperty<ChatMessages.Rated> currentRating = new SimpleObjectProperty<>();
    /** Chats already asked about, so that each ended chat is looked up once. */
    private final Set<Long> asked = new HashSet<>();
    private final ChangeListener<ChatsSnapshot> chatsChanged = (observable, old, snapshot) -> endedChats(snapshot);
    private Runnable unfollowCategories = () -> { };

    public WrapUpPanelViewModel(Sources sources, I18n i18n) {
        this.sources = sources;
        this.i18n = i18n;
    }

    public void activate() {
        sources.chats().addListener(chatsChanged);
        unfollowCategories = sources.categoryChanges().onChange(() -> sources.fx().execute(this::readCategories));
        readCategories();
        refresh();
        endedChats(sources.chats().get());
    }

    public void deactivate() {
        sources.chats().removeListener(chatsChanged);
        unfollowCategories.run();
    }

    /** Reads the tree (again): a category removed meanwhile is no longer ticked, the ticks of the others stay. */
    private void readCategories() {
        sources.api().categories().thenAcceptAsync(tree -> {
            List<WrapUpCategory> enabled = tree.stream().filter(WrapUpCategory::enabled).toList();
            checked.retainAll(enabled.stream().map(WrapUpCategory::id).toList());
            if (!enabled.equals(categories)) {
                categories.setAll(enabled);
            }
        }, sources.fx()).exceptionally(failure -> null);
    }

    /** Asks the server for the wrap-ups still owed (after a reconnect or restart). */
    public void refresh() {
        sources.api().pending().thenAcceptAsync(pending -> pending.forEach(this::owe), sources.fx()).exceptionally(failure -> null);
    }

    /** The visitor rated a chat (any thread). */
    public void rated(ChatMessages.Rated rating) {
        sources.fx().execute(() -> {
            ratings.put(rating.conversationId(), rating);
            if (current.get() != null && current.get().conversationId() == rating.conversationId()) {
                currentRating.set(rating);
            }
        });
    }

    private void endedChats(ChatsSnapshot snapshot) {
        for (Chat chat : snapshot.chats()) {
            if (chat.phase() == ChatPhase.ENDED && asked.add(chat.id())) {
                String name = chat.conversation().prechat().get("name");
                visitorNames.put(chat.id(), name == null || name.isBlank() ? i18n.get("wrapUp.visitor") : name);
                long self = chat.selfId();
                sources.api().of(chat.id()).thenAcceptAsync(wrapUp -> {
                    if (wrapUp.agentId() == self) {
                        owe(wrapUp);
                    }
                }, sources.fx()).exceptionally(failure -> null);
            }
        }
    }

    private void owe(WrapUp wrapUp) {
        if (wrapUp.status() == WrapUpStatus.DONE || owed.stream().anyMatch(w -> w.conversationId() == wrapUp.conversationId())) {
            return;
        }
        owed.add(wrapUp);
        if (current.get() == null) {
            show(wrapUp);
        }
    }

    private void show(WrapUp wrapUp) {
        checked.clear();
        summary.set("");
        error.set("");
        current.set(wrapUp);
        currentRating.set(wrapUp == null ? null : ratings.get(wrapUp.conversationId()));
    }

    public void check(long categoryId, boolean on) {
        if (on) {
            checked.add(categoryId);
        } else {
            checked.remove(categoryId);
        }
    }

    public boolean isChecked(long categoryId) {
        return checked.contains(categoryId);
    }

    /** Sends the wrap-up shown; the next owed one shows once the server took it. */
    public void submit() {
        WrapUp shown = current.get();
        if (shown == null) {
            return;
        }
        if (shown.required() && checked.isEmpty()) {
            error.set(i18n.get("wrapUp.error.category"));
            return;
        }
        sources.api().submit(shown.conversationId(), new WrapUpSubmission(List.copyOf(checked), summary.get()))
                .whenCompleteAsync((done, failure) -> {
                    if (failure == null) {
                        done(shown);
                    } else {
                        error.set(i18n.get("wrapUp.error.refused", reason(failure)));
                    }
                }, sources.fx());
    }

    /** Leaves an optional wrap-up unwritten. */
    public void skip() {
        WrapUp shown = current.get();
        if (shown != null && !shown.required()) {
            done(shown);
        }
    }

    private void done(WrapUp wrapUp) {
        owed.removeIf(w -> w.conversationId() == wrapUp.conversationId());
        show(owed.isEmpty() ? null : owed.get(0));
    }

    /** "Required before your next chat · 1:05 left", "Overdue: chats come again", or "Optional". */
    public String dueText() {
        WrapUp shown = current.get();
        if (shown == null) {
            return "";
        }
        if (!shown.required()) {
            return i18n.get("wrapUp.optional");
        }
        Duration left = Duration.between(sources.clock().instant(), shown.dueAt());
        if (left.isNegative() || left.isZero()) {
            return i18n.get("wrapUp.overdue");
        }
        return i18n.get("wrapUp.required", left.toMinutes() + ":" + String.format("%02d", left.toSecondsPart()));
    }

    public String title() {
        WrapUp shown = current.get();
        return shown == null ? "" : i18n.get("wrapUp.title", visitorNames.getOrDefault(shown.conversationId(), i18n.get("wrapUp.visitor")));
    }

    /** "★★★★☆ “回复很快”" once the visitor rated the chat shown. */
    public String ratingText() {
        ChatMessages.Rated rating = currentRating.get();
        if (rating == null) {
            return "";
        }
        return i18n.get("wrapUp.rated", "★".repeat(rating.rating()) + "☆".repeat(Math.max(0, 5 - rating.rating()))
                + (rating.comment() == null || rating.comment().isBlank() ? "" : " “" + rating.comment() + "”"));
    }

    private static String reason(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ProblemException problem && !problem.problem().errors().isEmpty()) {
            return String.join("; ", problem.problem().errors().stream().map(FieldError::message).toList());
        }
        return cause.getMessage();
    }

    public I18n i18n() {
        return i18n;
    }

    public ReadOnlyObjectProperty<WrapUp> current() {
        return current;
    }

    public ReadOnlyObjectProperty<ChatMessages.Rated> currentRating() {
        return currentRating;
    }

    public ObservableList<WrapUpCategory> categories() {
        return categories;
    }

    public StringProperty summary() {
        return summary;
    }

    public StringProperty error() {
        return error;
    }
}
