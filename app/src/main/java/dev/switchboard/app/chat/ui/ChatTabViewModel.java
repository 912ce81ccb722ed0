package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.Attachment;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One chat tab: the chat as its newest snapshot, its lines, what its header and banner say, and
 * the agent's actions on the chat (end, hand over, close, save a file); the message box is
 * {@link #input()}, the panel beside it {@link #side()}. Counts the chat as read while the agent
 * sees it. State changes on the FX thread; the chat service does the work in the background. A
 * failure is shown in the tab.
 */
public final class ChatTabViewModel {

    /** The end of a long visitor's draft is shown, where they are typing. */
    static final int DRAFT_PREVIEW_CHARS = 200;

    private final ChatsContext context;
    private final ReadOnlyObjectWrapper<Chat> chat;
    private final ObservableList<ChatLine> lines = FXCollections.observableArrayList();
    private final BooleanProperty visible = new SimpleBooleanProperty();
    private final ChatTabErrors errors;
    private final ChatInputViewModel input;
    private final ChatSideViewModel side;
    private final StringBinding title;
    private final StringBinding typingText;
    private final StringBinding bannerText;
    private final StringBinding visitorDraftText;

    ChatTabViewModel(Chat initial, ChatsContext context) {
        this.context = context;
        this.chat = new ReadOnlyObjectWrapper<>(initial);
        this.errors = new ChatTabErrors(context);
        this.side = new ChatSideViewModel(context, chat.getReadOnlyProperty());
        this.input = new ChatInputViewModel(context, chat.getReadOnlyProperty(), errors);
        ChatTexts texts = context.texts();
        this.title = texts.i18n().text(() -> texts.title(chat.get()), chat);
        this.typingText = texts.i18n().text(() -> texts.typing(chat.get()), chat);
        this.bannerText = texts.i18n().text(() -> texts.banner(chat.get()), chat);
        this.visitorDraftText = texts.i18n().text(() -> visitorDraft(chat.get()), chat);
        lines.setAll(ChatLines.of(initial, texts.zone()));
        visible.addListener((observable, before, now) -> {
            if (now) {
                markReadIfVisible();
                side.load();
            }
        });
    }

    /** A newer snapshot of this chat. */
    void update(Chat newer) {
        Chat before = chat.get();
        chat.set(newer);
        if (newer.messages() != before.messages() || newer.outbox() != before.outbox()
                || newer.visitorReadSeq() != before.visitorReadSeq() || newer.visitorDeliveredSeq() != before.visitorDeliveredSeq()) {
            ChatLines.update(lines, ChatLines.of(newer, context.texts().zone()));
        }
        markReadIfVisible();
    }

    public long id() {
        return chat.get().id();
    }

    /** The message box. */
    public ChatInputViewModel input() {
        return input;
    }

    /** What the panel beside the chat shows. */
    public ChatSideViewModel side() {
        return side;
    }

    /** Keeps the draft now (the tab closes, the page changes). */
    public void saveDraft() {
        input.saveDraft();
    }

    // --- actions on the chat ---

    public void end() {
        errors.run(context.chats().end(id()), failure -> { });
    }

    /** Closes the tab of a chat that is over for this agent. */
    public void close() {
        saveDraft();
        context.chats().dismiss(id());
    }

    /** Whether this agent may transfer or end the chat: its owner, or a supervisor; not a colleague who assists. */
    public boolean handsOver(Chat shown) {
        Long owner = shown.conversation().ownerId();
        return owner != null && owner == shown.selfId() || context.self().get().role().atLeast(Role.SUPERVISOR);
    }

    public HandOverViewModel transfer() {
        return new HandOverViewModel(HandOverViewModel.Mode.TRANSFER, chat.get(), context);
    }

    public HandOverViewModel assist() {
        return new HandOverViewModel(HandOverViewModel.Mode.ASSIST, chat.get(), context);
    }

    /** Downloads a file of the chat into {@code target}; says where it went, or why it could not. */
    public void saveAttachment(Attachment attachment, Path target) {
        context.chats().rest().download(attachment.id(), false)
                .thenAcceptAsync(bytes -> write(target, bytes), context.io())
                .whenCompleteAsync((ok, failure) -> {
                    if (failure != null) {
                        errors.show(context.texts().failure(failure));
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

    // --- seen by the agent ---

    private void markReadIfVisible() {
        if (visible.get() && chat.get().unread() > 0) {
            context.chats().markRead(id());
        }
    }

    // --- properties ---

    public ReadOnlyObjectProperty<Chat> chatProperty() {
        return chat.getReadOnlyProperty();
    }

    public ObservableList<ChatLine> lines() {
        return lines;
    }

    /** Whether the agent sees this chat now (its tab selected on a focused window); then it counts as read. */
    public BooleanProperty visibleProperty() {
        return visible;
    }

    /** Why the last action failed; empty when it did not. */
    public ReadOnlyStringProperty errorProperty() {
        return errors.property();
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

    public ChatTexts texts() {
        return context.texts();
    }

    public ChatsContext context() {
        return context;
    }
}
