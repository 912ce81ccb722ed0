package dev.switchboard.app.chat.ui;

import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.ChatService;
import dev.switchboard.app.chat.SensitiveWordCheck;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.visitors.VisitorFeed;
import dev.switchboard.shared.agents.Agent;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * What the chat page and its tabs work with.
 *
 * @param visitors the live visitor list, which the side panel follows (the page the visitor is on)
 */
public record ChatsContext(ChatService chats, CannedReplies canned, ChatTexts texts, ReadOnlyObjectProperty<Agent> self,
                           ReadOnlyObjectProperty<TeamSnapshot> team, Scheduler scheduler, Executor fx, Executor io,
                           NotificationCenter notices, SensitiveWordCheck sensitiveWords, VisitorFeed visitors) {

    /** The signed-in agent's name, for {@code {agent.name}} in canned replies. */
    public String selfName() {
        return self.get().displayName();
    }
}
