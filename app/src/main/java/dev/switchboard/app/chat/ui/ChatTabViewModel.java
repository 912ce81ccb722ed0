package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.OutgoingMessage;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.visitors.VisitorRow;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.NewMessage;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One chat tab: its lines, the input with notes, files and canned-reply completion, typing and
 * read receipts, and the agent's actions on the chat. State changes on the FX thread; the chat
 * service does the work in the background. A failure is shown in the tab and what the agent typed
 * stays.
 */
public final class ChatTabViewModel {

    private static final Duration DRAFT_DELAY = Duration.ofMillis(500);
    /** The end of a long visitor's draft is shown, where they are typing. */
    static final int DRAFT_PREVIEW_CHARS = 200;


    private final ChatsContext context;
    private final ReadOnlyObjectWrapper<Chat> chat;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final StringProperty input = new SimpleStringProperty("");
    private final IntegerProperty caret = new SimpleIntegerProperty();
    private final BooleanProperty note = new SimpleBooleanProperty();
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<SensitiveWordHold> held = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<VisitorDetail> visitor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper visitorError = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<PrechatForm> prechatForm = new ReadOnlyObjectWrapper<>();
    private final ObservableList<CannedReply> suggestions = FXCollections.observableArrayList();
    /** What the suggestions would replace; null when none are shown. */
    private CannedCompletion suggested;
    /** The input as a completion left it: no suggestions for the reply's own last words until the agent types on. */
    private String completedText;
    private final StagedFiles staged;
    private final StringBinding title;
    private final StringBinding typingText;
    private final StringBinding bannerText;
    private final StringBinding visitorDraftText;
    private final BooleanBinding writable;
    private final BooleanBinding canSend;
    private Scheduler.Cancellable draftSave;
    private boolean visitorRequested;
    /** The visitor as the live list has them: the side panel follows them from page to page. */
    private final ObservableValue<VisitorRow> liveVisitor;
    private final ChangeListener<VisitorRow> visitorMoved = (observable, before, now) -> showLive(now);

    ChatTabViewModel(Chat initial, ChatsContext context) {
        this.context = context;
        this.chat = new ReadOnlyObjectWrapper<>(initial);
        this.liveVisitor = context.visitors().follow(initial.conversation().visitorId());
        liveVisitor.addListener(visitorMoved);
        this.staged = new StagedFiles(context, error::set);
        ChatTexts texts = context.texts();
        this.title = texts.i18n().text(() -> texts.title(chat.get()), chat);
        this.typingText = texts.i18n().text(() -> texts.typing(chat.get()), chat);
        this.bannerText = texts.i18n().text(() -> texts.banner(chat.get()), chat);
        this.visitorDraftText = texts.i18n().text(() -> visitorDraft(chat.get()), chat);
        this.writable = Bindings.createBooleanBinding(() -> chat.get().writable(), chat);
        this.canSend = Bindings.createBooleanBinding(() -> writable.get() && !busy.get()
                && (!input.get().isBlank() || !staged.files().isEmpty()) && input.get().length() <= NewMessage.MAX_TEXT,
                writable, busy, input, staged.files());
        input.set(initial.draft());
        noteOnlyWhenWatching();
        lines.setAll(ChatLines.of(initial, texts.zone()));
        input.addListener((observable, before, now) -> refreshSuggestions());
        caret.addListener((observable, before, now) -> refreshSuggestions());
        visible.addListener((observable, before, now) -> {
            if (now) {
                markReadIfVisible();
                loadVisitor();
            }
        });
    }

    /** A newer snapshot of this chat. */
    void update(Chat newer) {
        Chat before = chat.get();
        chat.set(newer);
        noteOnlyWhenWatching();
        if (newer.messages() != before.messages() || newer.outbox() != before.outbox()
                || newer.visitorReadSeq() != before.visitorReadSeq() || newer.visitorDeliveredSeq() != before.visitorDeliveredSeq()) {
            ChatLines.update(lines, ChatLines.of(newer, context.texts().zone()));
        }
        markReadIfVisible();
    }

    public long id() {
        return chat.get().id();
    }

    // --- the input ---

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
        error.set("");
        staged.sendAll(id(), text, asNote).whenCompleteAsync((outcome, impossible) -> {
            busy.set(false);
            if (outcome.failure() != null) {
                error.set(context.texts().uploadFailure(outcome.failure()));
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
        run(sending, failure -> {
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

    /**
     * Replaces what the suggestions were found for (a {@code /shortcut} or a word) with the reply,
     * placeholders filled; answers where the caret goes.
     */
    public int complete(CannedReply reply) {
        CannedCompletion completion = suggested;
        if (completion == null || completion.end() > input.get().length()) {
            return caret.get();
        }
        String filled = CannedReplies.fill(reply, chat.get().visitorName(), context.selfName(),
                context.texts().i18n().get("chat.canned.visitorFallback"));
        completedText = completion.apply(input.get(), filled);
        input.set(completedText);
        suggestions.clear();
        suggested = null;
        return completion.caretAfter(filled);
    }

    public void dismissSuggestions() {
        suggestions.clear();
        suggested = null;
    }

    /**
     * Whether the suggestions are for a {@code /shortcut}, which Enter completes; those found for a
     * word as the agent types leave Enter to send, and Tab (or a pick with the arrows) completes them.
     */
    public boolean suggestingForShortcut() {
        return suggested != null && suggested.slash();
    }

    private void refreshSuggestions() {
        String text = input.get();
        CannedCompletion found = null;
        List<CannedReply> replies = List.of();
        Optional<CannedCompletion> shortcut = CannedCompletion.at(text, caret.get());
        if (shortcut.isPresent()) {
            found = shortcut.get();
            replies = context.canned().matching(found.typed());
        } else if (!text.equals(completedText)) {
            completedText = null;
            for (CannedCompletion tail : CannedCompletion.word(text, caret.get()).map(CannedCompletion::tails).orElse(List.of())) {
                replies = context.canned().suggest(tail.typed());
                if (!replies.isEmpty()) {
                    found = tail;
                    break;
                }
            }
        }
        suggested = replies.isEmpty() ? null : found;
        if (!replies.equals(suggestions)) {
            suggestions.setAll(replies);
        }
    }

    /** Sends files (dropped or chosen), each after uploading it; the input is left as it is. */
    public void sendFiles(List<Path> files) {
        for (Path file : files) {
            CompletableFuture<Void> sent = CompletableFuture.supplyAsync(() -> read(file), context.io())
                    .thenCompose(bytes -> context.chats().sendFile(id(), file.getFileName().toString(), bytes, ""));
            busy.set(true);
            error.set("");
            sent.whenCompleteAsync((ok, failure) -> {
                busy.set(false);
                if (failure != null) {
                    error.set(context.texts().uploadFailure(failure) + " (" + file.getFileName() + ")");
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
        run(context.chats().discard(id(), refused.clientId()), failure -> { });
    }

    /** A supervisor writes into a chat they watch only as a note (a whisper to its agents). */
    private void noteOnlyWhenWatching() {
        if (chat.get().phase() == ChatPhase.WATCHING) {
            note.set(true);
        }
    }

    /** Downloads a file of the chat into {@code target}; says where it went, or why it could not. */
    public void saveAttachment(Attachment attachment, Path target) {
        context.chats().rest().download(attachment.id(), false)
                .thenAcceptAsync(bytes -> write(target, bytes), context.io())
                .whenCompleteAsync((ok, failure) -> {
                    if (failure != null) {
                        error.set(context.texts().failure(failure));
                    } else {
                        context.notices().post(new Notice(Notice.Level.SUCCESS,
                                context.texts().i18n().get("chat.file.saved", target.toString()), false));
                    }
                }, context.fx());
    }

    private static void write(Path target, byte[] bytes) {
        try {
            Files.write(target, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // --- actions on the chat ---

    public void end() {
        run(context.chats().end(id()), failure -> { });
    }

    /** Closes the tab of a chat that is over for this agent. */
    public void close() {
        saveDraft();
        context.chats().dismiss(id());
    }

    /** Whether this agent may transfer or end the chat: its owner, or a supervisor; not a colleague who assists. */
    public boolean handsOver(Chat shown) {
        Long owner = shown.conversation().ownerId();
        return owner != null && owner == shown.selfId() || context.self().get().role().atLeast(dev.switchboard.shared.agents.Role.SUPERVISOR);
    }

    public HandOverViewModel transfer() {
        return new HandOverViewModel(HandOverViewModel.Mode.TRANSFER, chat.get(), context);
    }

    public HandOverViewModel assist() {
        return new HandOverViewModel(HandOverViewModel.Mode.ASSIST, chat.get(), context);
    }

    private void run(CompletionStage<Void> action, Consumer<Throwable> onFailure) {
        error.set("");
        action.whenCompleteAsync((ok, failure) -> {
            if (failure != null) {
                error.set(context.texts().failure(failure));
                onFailure.accept(failure);
            }
        }, context.fx());
    }

    // --- seen by the agent ---

    private void markReadIfVisible() {
        if (visible.get() && chat.get().unread() > 0) {
            context.chats().markRead(id());
        }
    }

    private void loadVisitor() {
        if (visitorRequested) {
            return;
        }
        visitorRequested = true;
        context.chats().rest().visitor(chat.get().conversation().visitorId()).whenCompleteAsync((detail, failure) -> {
            if (failure != null) {
                visitorError.set(context.texts().i18n().get("chat.side.visitorUnavailable"));
            } else {
                visitor.set(detail);
                showLive(liveVisitor.getValue());
            }
        }, context.fx());
        // without the form the answers still show, under their keys made readable
        String site = chat.get().conversation().site();
        if (site != null) {
            context.chats().rest().prechatForm(site).thenAcceptAsync(prechatForm::set, context.fx());
        }
    }

    /** The live list's newer news of the visitor (another page, another status) replaces what the details said. */
    private void showLive(VisitorRow row) {
        VisitorDetail shown = visitor.get();
        if (row != null && shown != null && !row.visitor().equals(shown.visitor())) {
            visitor.set(new VisitorDetail(row.visitor(), shown.address(), shown.trail(), shown.pastVisits()));
        }
    }

    // --- properties ---

    public ReadOnlyObjectProperty<Chat> chatProperty() {
        return chat.getReadOnlyProperty();
    }

    public ObservableList<ChatLine> lines() {
        return lines;
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

    /** Whether the agent sees this chat now (its tab selected on a focused window); then it counts as read. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Why the last action failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisitorDetail> visitorProperty() {
        return visitor.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty visitorErrorProperty() {
        return visitorError.getReadOnlyProperty();
    }

    /** The pre-chat form of the chat's site, for the labels of the answers; null until (and unless) it is loaded. */
    public ReadOnlyObjectProperty<PrechatForm> prechatFormProperty() {
        return prechatForm.getReadOnlyProperty();
    }

    /** Pictures and files pasted into the message box, waiting to be sent with the next message. */
    public StagedFiles staged() {
        return staged;
    }

    /** Canned replies for the {@code /shortcut} or the word being typed; empty when none fits. */
    public ObservableList<CannedReply> suggestions() {
        return suggestions;
    }

    public StringBinding title() {
        return title;
    }

    public StringBinding typingText() {
        return typingText;
    }

    public StringBinding bannerText() {
        return bannerText;
    }

    /** The typing preview: "Li Lei is writing: …" with what the visitor has not sent yet; empty when nothing (or the chat is over). */
    public StringBinding visitorDraftText() {
        return visitorDraftText;
    }

    private String visitorDraft(Chat shown) {
        String draft = shown.visitorDraft().strip();
        if (draft.isEmpty() || !shown.writable()) {
            return "";
        }
        String tail = draft.length() > DRAFT_PREVIEW_CHARS ? "…" + draft.substring(draft.length() - DRAFT_PREVIEW_CHARS) : draft;
        ChatTexts texts = context.texts();
        String who = shown.visitorName().isEmpty() ? texts.i18n().get("chat.visitor") : shown.visitorName();
        return texts.i18n().get("chat.visitorDraft", who, tail);
    }

    public BooleanBinding writable() {
        return writable;
    }

    public BooleanBinding canSend() {
        return canSend;
    }

    public ChatTexts texts() {
        return context.texts();
    }

    public ChatsContext context() {
        return context;
    }
}
