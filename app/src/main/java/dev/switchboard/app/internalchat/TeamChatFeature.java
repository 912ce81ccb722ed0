package dev.switchboard.app.internalchat;

import dev.switchboard.app.avatars.Avatars;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatTabActions;
import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StoreContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.internalchat.ui.ShareChatView;
import dev.switchboard.app.internalchat.ui.ShareChatViewModel;
import dev.switchboard.app.internalchat.ui.TeamChatView;
import dev.switchboard.app.internalchat.ui.TeamChatViewModel;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.teamchat.TeamChatMessages;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.stage.Window;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Team chat: conversations with colleagues, one-to-one, one per group (ADR 17) and ad-hoc groups (ADR 19), kept in the
 * cache and in step with the agent socket's {@code team.*} messages; the Team chat page with its
 * unread badge; alerts for colleagues' messages the agent is not looking at; and "Share to
 * colleague" on every visitor chat's tab. Comes after the chat feature, whose tabs it adds to and
 * whose chats its links open.
 */
public final class TeamChatFeature implements Feature {

    private static final Logger LOG = LoggerFactory.getLogger(TeamChatFeature.class);
    private static final String PAGE = "TEAM_CHAT";
    private static final List<String> TYPES = List.of(TeamChatMessages.CONVERSATIONS, TeamChatMessages.CONVERSATION,
            TeamChatMessages.MESSAGE, TeamChatMessages.ACK, TeamChatMessages.READ, TeamChatMessages.LEFT,
            TeamChatMessages.TYPING);

    /** The team chat of one session, for its window. */
    private record SessionTeamChat(TeamChatService service, ReadOnlyObjectProperty<TeamChatSnapshot> snapshots) {
    }

    @Override
    public List<String> cacheMigrations() {
        return List.of(TeamChatStore.MIGRATIONS);
    }

    @Override
    public void openStores(StoreContext stores) {
        TeamChatStore store = new TeamChatStore(stores.cache());
        stores.provide(TeamChatStore.class, store);
        stores.accountCache(store);
    }

    @Override
    public void joinSession(SessionContext session) {
        AppContext app = session.app();
        Session account = session.session();
        ExecutorService serial = app.background().newSerialExecutor("team-chat");
        TeamChatService.Services services = new TeamChatService.Services(session.require(TeamChatStore.class), new SocketLink(session.live()),
                new RestTeamChatApi(app.api(), account.server(), account.token(), app.background().io()), serial,
                app.background().scheduler(), app.clock());
        ReadOnlyObjectWrapper<TeamChatSnapshot> snapshots = new ReadOnlyObjectWrapper<>(TeamChatSnapshot.EMPTY);
        Coalescer<TeamChatSnapshot> toFx = Coalescer.latest(app.fx(), snapshots::set);
        TeamChatService service = new TeamChatService(account.agent().id(), services, toFx::offer);

        TYPES.forEach(type -> session.handle(type, service::received));
        session.onConnectionChanged(state -> service.connectionChanged(state == ConnectionState.CONNECTED));
        session.beforeConnect(() -> service.load().whenComplete((snapshot, error) -> {
            if (error != null) {
                // the conversations come again from the server; only an unsent outbox would be missing
                LOG.warn("Could not read the cached team chat", error);
            }
        }));
        session.onClose(() -> {
            CompletableFuture<Void> written = service.close().exceptionally(error -> {
                LOG.warn("Could not write the last team chat changes to the cache", error);
                return null;
            });
            serial.shutdown();
            return written;
        });
        session.provide(SessionTeamChat.class, new SessionTeamChat(service, snapshots.getReadOnlyProperty()));
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        LiveSession live = window.live();
        SessionTeamChat team = window.require(SessionTeamChat.class);
        long selfId = live.session().agent().id();
        ChatTexts texts = new ChatTexts(app.i18n(), app.zone());
        TeamChatViewModel model = new TeamChatViewModel(team.service(), team.snapshots(), live.team().snapshotProperty(), selfId,
                app.i18n(), app.zone(), app.clock(), app.fx(),
                new SharedChatOpening(window.require(SessionChats.class), window.navigator(), texts, app.themes(), app.fx()));
        Avatars avatars = new Avatars(agentId -> app.api().send(live.session().server(), live.session().token(), "GET",
                ApiPath.of("agents", agentId, "avatar"), null, byte[].class), app.background().io(), app.fx());
        window.page(PageEntry.of(PAGE, Material2AL.FORUM, Role.AGENT, () -> new TeamChatView(model, app.themes(), avatars))
                .withBadge(new PageEntry.Badge("teamChatUnread",
                        Bindings.createIntegerBinding(() -> team.snapshots().get().unread(), team.snapshots()))));
        window.opens(TeamChatDestination.class, destination -> {
            window.pages().show(PAGE);
            model.select(destination.conversationId());
        });
        window.alertSource(new TeamChatAlerts(window.alerts(), team.snapshots(), model.inFront(), model::titleOf, selfId, app.i18n()));
        window.require(ChatTabActions.class).add(new ChatTabActions.Action("chatShare", "teamChat.share.action", Material2MZ.SHARE,
                (chat, owner) -> share(window, team, model, chat, owner)));
    }

    /** The "Share to colleague" dialog over the chat tab's window. */
    private static void share(WindowContext window, SessionTeamChat team, TeamChatViewModel page, Chat chat, Window owner) {
        AppContext app = window.app();
        String label = chat.visitorName().isEmpty() ? null : chat.visitorName();
        ShareChatViewModel model = new ShareChatViewModel(team.service(), team.snapshots().get(), page, app.i18n(), chat.id(), label);
        ViewWindow[] dialog = new ViewWindow[1];
        ShareChatView view = new ShareChatView(model, app.fx(), () -> dialog[0].close());
        dialog[0] = new ViewWindow(view, app.themes(), app.i18n().text("teamChat.share.title"), ViewWindow.FIT, ViewWindow.FIT)
                .modalTo(owner);
        dialog[0].stage().setResizable(false);
        dialog[0].show();
    }

    /** The team chat's way to the agent socket. */
    private record SocketLink(LiveSession live) implements TeamChatLink {
        @Override
        public CompletableFuture<Void> request(String type, Object payload) {
            return live.request(type, payload);
        }

        @Override
        public boolean tell(String type, Object payload) {
            return live.tell(type, payload);
        }
    }
}
