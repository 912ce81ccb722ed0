package dev.switchboard.app.internalchat;

import dev.switchboard.app.alerts.AgentAlert;
import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamConversationKind;
import dev.switchboard.shared.teamchat.TeamMessage;
import dev.switchboard.shared.teamchat.TeamMessageKind;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;

/**
 * Turns colleagues' new messages into alerts (a card, a chime, the desktop's attention and the
 * tray while the window is not in front) when the agent is not looking at their conversation:
 * the window has not the focus, another page shows, or another conversation is selected. The
 * alert goes once the agent looks at it or reads it elsewhere (another workstation of theirs).
 * Messages the workstation already held when it started are not news. FX thread.
 */
public final class TeamChatAlerts implements AlertSource {

    private static final int PREVIEW_LENGTH = 80;

    private final AlertBoard board;
    private final ObservableValue<TeamChatSnapshot> snapshots;
    private final ObservableValue<Long> inFront;
    private final Function<TeamConversation, String> titles;
    private final long selfId;
    private final I18n i18n;
    private final Disposer disposer = new Disposer();
    /** The newest seq already considered in each conversation. */
    private final Map<Long, Long> considered = new HashMap<>();

    /**
     * @param inFront the conversation the agent is looking at, or null
     * @param titles  a conversation's name as the page shows it
     */
    public TeamChatAlerts(AlertBoard board, ObservableValue<TeamChatSnapshot> snapshots, ObservableValue<Long> inFront,
                          Function<TeamConversation, String> titles, long selfId, I18n i18n) {
        this.board = board;
        this.snapshots = snapshots;
        this.inFront = inFront;
        this.titles = titles;
        this.selfId = selfId;
        this.i18n = i18n;
    }

    public static String key(long conversationId) {
        return "team:" + conversationId;
    }

    @Override
    public void start() {
        disposer.observe(snapshots, this::reconcile);
        disposer.observe(inFront, id -> {
            if (id != null) {
                board.resolve(key(id));
            }
        });
    }

    @Override
    public void stop() {
        disposer.dispose();
    }

    private void reconcile(TeamChatSnapshot snapshot) {
        Set<Long> present = new HashSet<>();
        for (TeamThread thread : snapshot.threads()) {
            present.add(thread.id());
            // a change of an ad-hoc group (renamed, a member added) shows in it, but is not a message to answer
            TeamMessage newest = thread.messages().stream().filter(message -> message.kind() != TeamMessageKind.EVENT)
                    .reduce((first, second) -> second).orElse(null);
            Long before = considered.put(thread.id(), newest == null ? 0 : newest.seq());
            if (thread.unread() == 0) {
                board.resolve(key(thread.id()));
            } else if (before != null && newest != null && newest.seq() > before && newest.senderId() != selfId
                    && newest.seq() > thread.readSeq() && !Objects.equals(inFront.getValue(), thread.id())) {
                board.raise(new AgentAlert(key(thread.id()), TeamChatAlertKind.MESSAGE, new TeamChatDestination(thread.id()),
                        i18n.get("teamChat.alert", titles.apply(thread.conversation()), preview(thread.conversation(), newest))));
            }
        }
        considered.keySet().removeIf(id -> {
            if (present.contains(id)) {
                return false;
            }
            board.resolve(key(id));
            return true;
        });
    }

    /** The message's start; in a group's conversation after its writer's name (a one-to-one's title is the writer already). */
    private String preview(TeamConversation conversation, TeamMessage message) {
        String text = message.kind() == TeamMessageKind.CHAT_LINK && message.body().isBlank()
                ? i18n.get("teamChat.alert.link") : message.body().replaceAll("\\s+", " ");
        String shown = text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH) + "…" : text;
        return conversation.kind() == TeamConversationKind.GROUP ? message.senderName() + ": " + shown : shown;
    }
}
