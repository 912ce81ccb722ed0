package dev.switchboard.app.supervisor;

import dev.switchboard.app.chat.ChatArrival;
import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.chat.SensitiveWordCheck;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.chat.ui.ChatsContext;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.presence.AwayReasonList;
import dev.switchboard.app.queue.QueueFeed;
import dev.switchboard.app.reminders.SensitiveFlags;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.visitors.VisitorFeed;
import dev.switchboard.shared.agents.Role;
import java.util.concurrent.CompletableFuture;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * Supervision: the team's agents and the chats going on now, which a supervisor may watch (flagged
 * messages marked), whisper in, take over and transfer.
 */
public final class SupervisorFeature implements Feature {

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        LiveSession live = window.live();
        SessionChats chats = window.require(SessionChats.class);
        QueueFeed queue = window.require(QueueFeed.class);
        AwayReasonList reasons = window.require(AwayReasonList.class);
        SensitiveFlags flags = window.require(SensitiveFlags.class);
        // what the chats page's transfer dialog works with
        ChatsContext chatsContext = new ChatsContext(chats.service(), chats.canned(), new ChatTexts(app.i18n(), app.zone()),
                live.selfProperty(), live.team().snapshotProperty(), app.background().scheduler(), app.fx(), app.background().io(),
                app.notices(), window.require(SensitiveWordCheck.class), window.require(VisitorFeed.class));
        ChatTransfers transfers = new ChatTransfers(chatsContext, app.themes());
        window.onClose(transfers::close);
        SupervisorChats server = SupervisorChats.rest(app.api(), live.session().server(), live.session().token(), app.background().io());
        window.page(PageEntry.of("SUPERVISOR", Material2MZ.SUPERVISOR_ACCOUNT, Role.SUPERVISOR, () -> {
            OngoingChatsViewModel list = new OngoingChatsViewModel(new OngoingChatsViewModel.Sources(server, queue.snapshots(),
                    live.team().snapshotProperty(), window.ticker(), app.background().scheduler(), app.fx()), app.i18n());
            WatchedChatViewModel watched = new WatchedChatViewModel(new WatchedChatViewModel.Sources(chats.service(), chats.snapshots(),
                    flags, app.fx(), app.zone()), app.i18n());
            AgentStatusMenu statusMenu = new AgentStatusMenu(reasons, app.i18n(),
                    (agentId, change) -> CompletableFuture.runAsync(() -> app.api().send(live.session().server(), live.session().token(),
                            "PUT", ApiPath.of("agents", agentId, "status"), change, Void.class), app.background().io()), app.notices(), app.fx());
            transfers.afterClose(list::refresh);
            return new SupervisorView(new SupervisorViewModel(live.team(), app.i18n()),
                    new OngoingChatsView(list, new WatchedChatView(watched,
                            conversationId -> ChatArrival.openWhenArrived(window.navigator(), chats, conversationId),
                            chatsContext.texts()::failure, transfers), transfers), statusMenu::menuFor);
        }));
    }
}
