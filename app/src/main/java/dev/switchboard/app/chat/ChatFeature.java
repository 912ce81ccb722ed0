package dev.switchboard.app.chat;

import dev.switchboard.app.chat.alerts.ChatAlerts;
import dev.switchboard.app.chat.ui.AttachmentImages;
import dev.switchboard.app.chat.ui.ChatTabsNavigation;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.chat.ui.ChatsContext;
import dev.switchboard.app.chat.ui.ChatsView;
import dev.switchboard.app.chat.ui.ChatsViewModel;
import dev.switchboard.app.chat.ui.MovedAwayNotices;
import dev.switchboard.app.chat.ui.RecentEmoji;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.StoreContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.platform.Coalescer;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.app.visitors.VisitorFeed;
import dev.switchboard.shared.agents.Role;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.kordamp.ikonli.material2.Material2AL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chats: the agent's conversations with visitors, kept in the cache and in step with the agent
 * socket's {@code chat.*} messages; the canned replies synced through the change log; the Chats
 * page with a tab per chat; and the alerts about new chats, offers, transfers and messages.
 */
public final class ChatFeature implements Feature {

    private static final Logger LOG = LoggerFactory.getLogger(ChatFeature.class);
    private static final String PAGE = "CHATS";

    @Override
    public List<String> cacheMigrations() {
        return List.of(ChatStore.MIGRATIONS);
    }

    @Override
    public void openStores(StoreContext stores) {
        ChatStore chats = new ChatStore(stores.cache());
        CannedReplies canned = new CannedReplies(stores.cache());
        stores.provide(ChatStore.class, chats);
        stores.provide(CannedReplies.class, canned);
        stores.provide(RecentEmojiStore.class, new RecentEmojiStore(stores.cache()));
        stores.accountCache(chats);
        stores.accountCache(canned);
    }

    @Override
    public void joinSession(SessionContext session) {
        AppContext app = session.app();
        Session account = session.session();
        ExecutorService serial = app.background().newSerialExecutor("chat");
        RestChatApi rest = new RestChatApi(app.api(), account.server(), account.token(), app.background().io());
        ChatService.Services services = new ChatService.Services(session.require(ChatStore.class), new SocketLink(session.live()), rest, serial,
                app.background().scheduler(), app.clock());
        ReadOnlyObjectWrapper<ChatsSnapshot> snapshots = new ReadOnlyObjectWrapper<>(ChatsSnapshot.EMPTY);
        Coalescer<ChatsSnapshot> toFx = Coalescer.latest(app.fx(), snapshots::set);
        ChatService chats = new ChatService(account.agent().id(), services, toFx::offer);
        CannedReplies canned = session.require(CannedReplies.class);

        ChatInbox.TYPES.forEach(type -> session.handle(type, chats::received));
        session.onConnectionChanged(state -> chats.connectionChanged(state == ConnectionState.CONNECTED));
        session.onCaughtUp(chats::caughtUp);
        session.sync(canned);
        session.beforeConnect(() -> chats.load().whenComplete((snapshot, error) -> {
            if (error != null) {
                // The chats come again from the server; only an unsent outbox would be missing.
                LOG.warn("Could not read the cached chats", error);
            }
        }));
        session.beforeConnect(canned::load);
        session.onClose(() -> {
            // Drafts and read marks not written yet go to the cache first; queued work still runs after shutdown().
            CompletableFuture<Void> written = chats.close().exceptionally(error -> {
                LOG.warn("Could not write the last chat changes to the cache", error);
                return null;
            });
            serial.shutdown();
            return written;
        });
        session.provide(SessionChats.class, new SessionChats(chats, snapshots.getReadOnlyProperty(), canned));
        SensitiveWordCheck sensitiveWords = new SensitiveWordCheck(rest::sensitiveWords);
        // an administrator's change holds the next message at once, here as on the backend
        session.sync(sensitiveWords);
        // read before the first connect, so that the first message typed is checked; again on every reconnect
        session.beforeConnect(sensitiveWords::refresh);
        session.onConnectionChanged(state -> {
            if (state == ConnectionState.CONNECTED) {
                sensitiveWords.refresh();
            }
        });
        session.provide(SensitiveWordCheck.class, sensitiveWords);
        session.provide(ChatTabActions.class, new ChatTabActions());
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        LiveSession live = window.live();
        SessionChats chats = window.require(SessionChats.class);
        ChatsContext context = new ChatsContext(chats.service(), chats.canned(), new ChatTexts(app.i18n(), app.zone()),
                live.selfProperty(), live.team().snapshotProperty(), app.background().scheduler(), app.fx(), app.background().io(),
                app.notices(), window.require(SensitiveWordCheck.class), window.require(VisitorFeed.class));
        ChatsViewModel model = new ChatsViewModel(context, chats.snapshots(), window.ticker());
        RecentEmoji recentEmoji = new RecentEmoji(window.require(RecentEmojiStore.class), RecentEmojiStore.account(live.session()), app.fx());
        recentEmoji.load();
        window.page(PageEntry.of(PAGE, Material2AL.CHAT, Role.AGENT,
                        () -> new ChatsView(model, app.themes(), new AttachmentImages(chats.service().rest(), app.background().io(), app.fx()),
                                window.require(ChatTabActions.class), recentEmoji))
                .withBadge(new PageEntry.Badge("chatsUnread",
                        Bindings.createIntegerBinding(() -> chats.snapshots().get().unread(), chats.snapshots()))));

        ChatTabsNavigation tabs = new ChatTabsNavigation(window.pages(), PAGE, model);
        window.opens(ChatDestination.class, chat -> tabs.openChat(chat.conversationId()));

        SettingsService settings = window.require(SettingsService.class);
        ChatAlerts alerts = new ChatAlerts(window.alerts(), new ChatAlerts.Sources(chats.snapshots(), window.focused(), tabs,
                () -> live.selfProperty().get().displayName(), () -> settings.settings().chatNotifications()),
                app.i18n(), app.background().scheduler(), app.fx());
        chats.service().addListener(alerts);
        chats.service().addListener(new MovedAwayNotices(app.notices(), context.texts(), app.fx()));
        window.leaveGuard(new OpenChatsGuard(chats.snapshots(), app.i18n()));
        window.alertSource(alerts);
    }

    /** The chat service's way to the agent socket. */
    private record SocketLink(LiveSession live) implements ChatLink {
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
