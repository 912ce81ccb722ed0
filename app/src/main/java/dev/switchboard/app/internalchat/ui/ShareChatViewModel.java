package dev.switchboard.app.internalchat.ui;

import dev.switchboard.app.internalchat.TeamChatService;
import dev.switchboard.app.internalchat.TeamChatSnapshot;
import dev.switchboard.app.internalchat.TeamThread;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Share to colleague": posts a link to a visitor chat, with an optional comment, into one of the
 * agent's conversations with colleagues, or into a new one-to-one conversation. FX thread.
 */
public final class ShareChatViewModel {

    /** Where the link can go: a conversation the agent has, or a colleague to start one with. */
    public record Target(Long conversationId, Long agentId, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    private final TeamChatService service;
    private final I18n i18n;
    private final long chatId;
    private final String label;
    private final List<Target> targets;
    private final ObjectProperty<Target> target = new SimpleObjectProperty<>();
    private final StringProperty comment = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty();

    /**
     * @param page   the Team chat page's model, for titles and colleagues
     * @param chatId the visitor chat shared; {@code label} the visitor's name, or null
     */
    public ShareChatViewModel(TeamChatService service, TeamChatSnapshot snapshot, TeamChatViewModel page, I18n i18n, long chatId,
                              String label) {
        this.service = service;
        this.i18n = i18n;
        this.chatId = chatId;
        this.label = label;
        List<Target> all = new ArrayList<>();
        Set<Long> withDirect = new HashSet<>();
        for (TeamThread thread : snapshot.threads()) {
            all.add(new Target(thread.id(), null, page.titleOf(thread.conversation())));
            if (thread.conversation().kind() == TeamConversationKind.DIRECT) {
                withDirect.addAll(thread.conversation().memberIds());
            }
        }
        page.colleagues().stream().filter(colleague -> !withDirect.contains(colleague.id()))
                .forEach(colleague -> all.add(new Target(null, colleague.id(), colleague.name())));
        this.targets = List.copyOf(all);
    }

    public List<Target> targets() {
        return targets;
    }

    public ObjectProperty<Target> target() {
        return target;
    }

    public StringProperty comment() {
        return comment;
    }

    public StringProperty error() {
        return error;
    }

    public I18n i18n() {
        return i18n;
    }

    /** Shares the chat with the chosen target; completes once the outbox holds the link (it is sent from there). */
    public CompletableFuture<Void> share() {
        Target chosen = target.get();
        if (chosen == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("no target"));
        }
        CompletableFuture<Long> conversation = chosen.conversationId() != null ? CompletableFuture.completedFuture(chosen.conversationId())
                : service.startDirect(chosen.agentId());
        return conversation.thenCompose(id -> service.share(id, chatId, label, comment.get()));
    }
}
