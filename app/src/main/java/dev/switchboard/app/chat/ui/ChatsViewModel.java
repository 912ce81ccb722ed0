package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatOffer;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.SecondsTicker;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Chats page: a tab per chat the agent has open, in the order they came, and the offers
 * waiting for an answer. Follows the chat snapshots while the page is active; each tab keeps its
 * input while the chat lasts. FX thread.
 */
public final class ChatsViewModel {

    private final ChatsContext context;
    private final ReadOnlyObjectProperty<ChatsSnapshot> snapshots;
    private final SecondsTicker ticker;
    private final ObservableList<ChatTabViewModel> tabs = FXCollections.observableArrayList();
    private final Map<Long, ChatTabViewModel> byId = new HashMap<>();
    private final ObjectProperty<ChatTabViewModel> selected = new SimpleObjectProperty<>();
    private final ObservableList<ChatOffer> offers = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper inputFocusRequests = new ReadOnlyIntegerWrapper();
    private final Disposer disposer = new Disposer();

    public ChatsViewModel(ChatsContext context, ReadOnlyObjectProperty<ChatsSnapshot> snapshots, SecondsTicker ticker) {
        this.context = context;
        this.snapshots = snapshots;
        this.ticker = ticker;
    }

    public void activate() {
        disposer.observe(snapshots, this::apply);
        ticker.start();
        disposer.onDispose(ticker::stop);
    }

    public void deactivate() {
        tabs.forEach(ChatTabViewModel::saveDraft);
        disposer.dispose();
    }

    private void apply(ChatsSnapshot snapshot) {
        Set<Long> present = new HashSet<>();
        for (Chat chat : snapshot.chats()) {
            present.add(chat.id());
            ChatTabViewModel tab = byId.get(chat.id());
            if (tab == null) {
                tab = new ChatTabViewModel(chat, context);
                byId.put(chat.id(), tab);
                tabs.add(tab);
            } else {
                tab.update(chat);
            }
        }
        if (byId.keySet().retainAll(present)) {
            tabs.removeIf(tab -> !present.contains(tab.id()));
        }
        if (!offers.equals(snapshot.offers())) {
            offers.setAll(snapshot.offers());
        }
        if (selected.get() == null || !byId.containsKey(selected.get().id())) {
            selected.set(tabs.isEmpty() ? null : tabs.get(0));
        }
    }

    /** The next tab (Ctrl+Tab), round. */
    public void selectNext() {
        move(1);
    }

    /** The previous tab (Ctrl+Shift+Tab), round. */
    public void selectPrevious() {
        move(-1);
    }

    /** The tab at {@code index} (0-based; Ctrl+1 is 0), when there is one. */
    public void select(int index) {
        if (index >= 0 && index < tabs.size()) {
            selected.set(tabs.get(index));
        }
    }

    private void move(int step) {
        if (tabs.isEmpty()) {
            return;
        }
        int current = Math.max(0, tabs.indexOf(selected.get()));
        selected.set(tabs.get(Math.floorMod(current + step, tabs.size())));
    }

    /** Asks the page to put the cursor into the front chat's message box (a chat opened from an alert, say). */
    public void focusInput() {
        inputFocusRequests.set(inputFocusRequests.get() + 1);
    }

    /** Counts the requests of {@link #focusInput()}; the view answers each change. */
    public ReadOnlyIntegerProperty inputFocusRequests() {
        return inputFocusRequests.getReadOnlyProperty();
    }

    public void accept(ChatOffer offer) {
        answer(context.chats().accept(offer.conversation().id()), offer);
    }

    public void decline(ChatOffer offer) {
        answer(context.chats().decline(offer.conversation().id()), offer);
    }

    private void answer(CompletableFuture<Void> answer, ChatOffer offer) {
        answer.whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                context.notices().post(new Notice(Notice.Level.WARNING, context.texts().failure(failure), false));
            }
        }, context.fx());
    }

    /** "Li Lei · Is the X2 in stock?": who is offered, and their question when they gave one. */
    public String offerText(ChatOffer offer) {
        String name = offer.conversation().prechat().getOrDefault("name", "").strip();
        String who = name.isEmpty() ? context.texts().i18n().get("chat.visitorNumbered", offer.conversation().id()) : name;
        String question = offer.conversation().prechat().getOrDefault("question", "").strip();
        return question.isEmpty() ? context.texts().i18n().get("chat.offer.text", who)
                : context.texts().i18n().get("chat.offer.textWithQuestion", who, question);
    }

    /** Whole seconds left to accept, never below zero. */
    public long secondsLeft(ChatOffer offer, Instant now) {
        return Math.max(0, Duration.between(now, offer.expiresAt()).toSeconds());
    }

    public ObservableList<ChatTabViewModel> tabs() {
        return tabs;
    }

    public ObjectProperty<ChatTabViewModel> selectedProperty() {
        return selected;
    }

    public ObservableList<ChatOffer> offers() {
        return offers;
    }

    public SecondsTicker ticker() {
        return ticker;
    }

    public ChatsContext context() {
        return context;
    }
}
