package dev.switchboard.app.internalchat.ui;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.teamchat.TeamEvent;
import dev.switchboard.shared.teamchat.TeamMessage;
import java.util.List;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * A change of an ad-hoc group in the reader's language: "Alice made the group “Refund checks” with
 * Bob, Carol", "你 将群组名称改为“大额退款”". The server sends who and what, never words.
 */
final class TeamEventTexts {

    private final I18n i18n;
    private final long selfId;
    private final LongFunction<String> names;

    /** @param names a colleague's display name by agent id */
    TeamEventTexts(I18n i18n, long selfId, LongFunction<String> names) {
        this.i18n = i18n;
        this.selfId = selfId;
        this.names = names;
    }

    String text(TeamMessage message) {
        TeamEvent event = message.event();
        if (event == null) {
            return "";
        }
        String actor = message.senderId() == selfId ? i18n.get("teamChat.you") : message.senderName();
        return switch (event.type()) {
            case CREATED -> i18n.get("teamChat.event.created", actor, event.title(), names(event.agentIds()));
            case ADDED -> i18n.get("teamChat.event.added", actor, names(event.agentIds()));
            case REMOVED -> i18n.get("teamChat.event.removed", actor, names(event.agentIds()));
            case LEFT -> i18n.get("teamChat.event.left", actor);
            case RENAMED -> i18n.get("teamChat.event.renamed", actor, event.title());
        };
    }

    private String names(List<Long> agentIds) {
        return agentIds.stream().map(id -> id == selfId ? i18n.get("teamChat.event.you") : names.apply(id))
                .collect(Collectors.joining(i18n.get("teamChat.event.separator")));
    }
}
