package dev.switchboard.app.internalchat;

import dev.switchboard.app.chat.ChatDestination;
import dev.switchboard.app.chat.ChatRest;
import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.internalchat.ui.SharedChatTranscriptView;
import dev.switchboard.app.internalchat.ui.TeamChatViewModel;
import dev.switchboard.app.navigation.Navigator;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.teamchat.SharedChat;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What clicking a shared visitor chat does: the chat's own tab when the agent has it open, else
 * the chat read-only when the server lets the reader read it (a supervisor, a past participant),
 * else a plain refusal. The server decides who may read; this only asks it.
 */
final class SharedChatOpening implements TeamChatViewModel.SharedChatOpener {

    /** A transcript longer than this many pages of the server's is cut (its newest part then lies beyond). */
    private static final int MAX_PAGES = 20;

    private final SessionChats chats;
    private final Navigator navigator;
    private final ChatTexts texts;
    private final ThemeManager themes;
    private final Executor fx;

    SharedChatOpening(SessionChats chats, Navigator navigator, ChatTexts texts, ThemeManager themes, Executor fx) {
        this.chats = chats;
        this.navigator = navigator;
        this.texts = texts;
        this.themes = themes;
        this.fx = fx;
    }

    @Override
    public CompletableFuture<Void> open(SharedChat shared, String title) {
        if (chats.snapshots().get().chat(shared.conversationId()).isPresent()) {
            navigator.open(new ChatDestination(shared.conversationId()));
            return CompletableFuture.completedFuture(null);
        }
        ChatRest rest = chats.service().rest();
        return rest.conversation(shared.conversationId())
                .thenCompose(conversation -> messages(rest, conversation.id(), 0, new ArrayList<>(), 0)
                        .thenApply(messages -> transcript(conversation, messages)))
                .thenAcceptAsync(lines -> new ViewWindow(new SharedChatTranscriptView(lines), themes, new ReadOnlyStringWrapper(title), 560, 640)
                        .show(), fx)
                .exceptionally(failure -> {
                    Throwable cause = TeamChatService.unwrap(failure);
                    String reason = cause instanceof ProblemException refused && (refused.problem().status() == 403 || refused.problem().status() == 404)
                            ? texts.i18n().get("teamChat.link.forbidden")
                            : texts.i18n().get("teamChat.link.failed", cause.getMessage());
                    throw new CompletionException(new IllegalStateException(reason));
                });
    }

    private static CompletableFuture<List<ChatMessage>> messages(ChatRest rest, long id, long after, List<ChatMessage> so, int pages) {
        return rest.messages(id, after).thenCompose(page -> {
            so.addAll(page.messages());
            return !page.hasMore() || pages + 1 >= MAX_PAGES || page.messages().isEmpty() ? CompletableFuture.completedFuture(so)
                    : messages(rest, id, lastSeq(page), so, pages + 1);
        });
    }

    private static long lastSeq(MessagePage page) {
        return page.messages().get(page.messages().size() - 1).seq();
    }

    private List<SharedChatTranscriptView.TranscriptLine> transcript(Conversation conversation, List<ChatMessage> messages) {
        String visitor = conversation.prechat().getOrDefault("name", "");
        List<SharedChatTranscriptView.TranscriptLine> lines = new ArrayList<>();
        for (ChatMessage message : messages) {
            String who = message.senderType() == SenderType.VISITOR
                    ? (visitor.isBlank() ? texts.i18n().get("chat.visitor") : visitor)
                    : message.senderName() == null ? "" : message.senderName();
            String text = message.kind() == MessageKind.EVENT ? texts.event(message) : message.body();
            if (message.attachment() != null) {
                text = (text.isBlank() ? "" : text + "\n") + texts.i18n().get("teamChat.transcript.file", message.attachment().fileName());
            }
            if (message.kind() == MessageKind.NOTE) {
                text = texts.i18n().get("teamChat.transcript.note", text);
            }
            lines.add(new SharedChatTranscriptView.TranscriptLine(who, texts.time(message.createdAt()), text));
        }
        return lines;
    }
}
