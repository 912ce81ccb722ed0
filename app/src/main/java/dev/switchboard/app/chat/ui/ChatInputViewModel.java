package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.OutgoingMessage;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.chat.NewMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A chat's message box: what the agent types (kept as a draft), whether it is a note, files pasted
 * or dropped, canned-reply completion, and sending, with a message that contains sensitive words
 * held until the agent sends it anyway or edits it. Whatever fails, what the agent typed stays.
 * FX thread; the chat service does the work in the background.
 */
public final class ChatInputViewModel {

    private static final Duration DRAFT_DELAY = Duration.ofMillis(500);

    private final ChatsContext context;
    private final ReadOnlyObjectProperty<Chat> chat;
    private final ChatTabErrors errors;
    private final StringProperty input = new SimpleStringProperty("");
    private final IntegerProperty caret = new SimpleIntegerProperty();
    private final BooleanProperty note = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<SensitiveWordHold> held = new ReadOnlyObjectWrapper<>();
    private final StagedFiles staged;
    private final CannedSuggestionsViewModel canned;
    private final BooleanBinding writable;
    private final BooleanBinding canSend;
    private Scheduler.Cancellable draftSave;

    /** @param chat the tab's chat, as its newest snapshot */
    ChatInputViewModel(ChatsContext context, ReadOnlyObjectProperty<Chat> chat, ChatTabErrors errors) {
        this.context = context;
        this.chat = chat;
        this.errors = errors;
        this.staged = new StagedFiles(context, errors::show);
        this.writable = Bindings.createBooleanBinding(() -> chat.get().writable(), chat);
        this.canSend = Bindings.createBooleanBinding(() -> writable.get() && !busy.get()
                && (!input.get().isBlank() || !staged.files().isEmpty()) && input.get().length() <= NewMessage.MAX_TEXT,
                writable, busy, input, staged.files());
        input.set(chat.get().draft());
        noteOnlyWhenWatching();
        // after the draft is in: a draft left with a word of a reply in it offers nothing until the agent types
        this.canned = new CannedSuggestionsViewModel(context, chat::get, input, caret);
        chat.addListener((observable, before, now) -> noteOnlyWhenWatching());
    }

    private long id() {
        return chat.get().id();
    }

    /**
     * Sends the input as a message (or a note); it shows at once as pending. Pasted pictures go
     * first, the text with the last. A message to the visitor with sensitive words is held instead,
     * the text left in the input, until the agent sends it anyway ({@link #sendHeldAnyway}) or edits
     * it ({@link #editHeld}).
     */
    public void send() {
        if (!canSend.get() || held.get() != null) {
            return;
        }
        String text = input.get().strip();
        boolean asNote = note.get() || chat.get().phase() == ChatPhase.WATCHING;
        List<String> words = asNote ? List.of() : context.sensitiveWords().find(text);
        if (!words.isEmpty()) {
            held.set(new SensitiveWordHold(text, words, context.sensitiveWords().mayConfirm()));
            return;
        }
        if (!staged.files().isEmpty()) {
            sendWithStagedFiles(text, asNote);
            return;
        }
        send(text, context.chats().send(id(), text, asNote));
    }

    private void sendWithStagedFiles(String text, boolean asNote) {
        input.set("");
        busy.set(true);
        errors.clear();
        staged.sendAll(id(), text, asNote).whenCompleteAsync((outcome, impossible) -> {
            busy.set(false);
            if (outcome.failure() != null) {
                errors.show(context.texts().uploadFailure(outcome.failure()));
                // keep what the agent typed: put it back unless they started something new
                if (!outcome.textSent() && input.get().isEmpty()) {
                    input.set(text);
                }
            }
        }, context.fx());
    }

    /** The held message goes as it is, where administrators allow it. */
    public void sendHeldAnyway() {
        SensitiveWordHold hold = held.get();
        held.set(null);
        if (hold != null && hold.mayConfirm()) {
            send(hold.text(), context.chats().sendConfirmingSensitiveWords(id(), hold.text()));
        }
    }

    /** The agent edits the held message: it stays in the input. */
    public void editHeld() {
        held.set(null);
    }

    /** A message held for sensitive words, or null. */
    public ReadOnlyObjectProperty<SensitiveWordHold> heldProperty() {
        return held.getReadOnlyProperty();
    }

    private void send(String text, CompletionStage<Void> sending) {
        input.set("");
        errors.run(sending, failure -> {
            // keep what the agent typed: put it back unless they started something new
            if (input.get().isEmpty()) {
                input.set(text);
            }
        });
    }

    /** A key was typed in the input: the visitor sees the agent typing, and the draft is kept. */
    public void typed() {
        if (!input.get().isEmpty() && chat.get().phase() == ChatPhase.OPEN) {
            context.chats().typing(id());
        }
        if (draftSave != null) {
            draftSave.cancel();
        }
        draftSave = context.scheduler().schedule(DRAFT_DELAY, () -> context.fx().execute(this::saveDraft));
    }

    /** Keeps the draft now (the tab closes, the page changes). */
    public void saveDraft() {
        context.chats().saveDraft(id(), input.get());
    }

    /** Sends files (dropped or chosen), each after uploading it; the input is left as it is. */
    public void sendFiles(List<Path> files) {
        for (Path file : files) {
            CompletableFuture<Void> sent = CompletableFuture.supplyAsync(() -> read(file), context.io())
                    .thenCompose(bytes -> context.chats().sendFile(id(), file.getFileName().toString(), bytes, ""));
            busy.set(true);
            errors.clear();
            sent.whenCompleteAsync((ok, failure) -> {
                busy.set(false);
                if (failure != null) {
                    errors.show(context.texts().uploadFailure(failure) + " (" + file.getFileName() + ")");
                }
            }, context.fx());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A refused message goes back into the input (when it is empty) and leaves the outbox. */
    public void putBack(OutgoingMessage refused) {
        if (input.get().isBlank()) {
            input.set(refused.text());
        }
        discard(refused);
    }

    public void discard(OutgoingMessage refused) {
        errors.run(context.chats().discard(id(), refused.clientId()), failure -> { });
    }

    /** A supervisor writes into a chat they watch only as a note (a whisper to its agents). */
    private void noteOnlyWhenWatching() {
        if (chat.get().phase() == ChatPhase.WATCHING) {
            note.set(true);
        }
    }

    public StringProperty inputProperty() {
        return input;
    }

    /** Where the caret is in the input; the view keeps it current, for the completion. */
    public IntegerProperty caretProperty() {
        return caret;
    }

    public BooleanProperty noteProperty() {
        return note;
    }

    /** While files upload. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Pictures and files pasted into the message box, waiting to be sent with the next message. */
    public StagedFiles staged() {
        return staged;
    }

    /** Canned replies offered for what is being typed. */
    public CannedSuggestionsViewModel canned() {
        return canned;
    }

    /** Whether the agent may write into the chat now. */
    public BooleanBinding writable() {
        return writable;
    }

    public BooleanBinding canSend() {
        return canSend;
    }

    public ChatTexts texts() {
        return context.texts();
    }
}
