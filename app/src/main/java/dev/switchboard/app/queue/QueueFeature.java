package dev.switchboard.app.queue;

import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.chat.ChatArrival;
import dev.switchboard.app.chat.SessionChats;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.feature.AppContext;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.SessionContext;
import dev.switchboard.app.feature.WindowContext;
import dev.switchboard.app.settings.SettingsService;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.chat.GroupQueue;
import java.util.concurrent.CompletableFuture;
import java.util.function.LongConsumer;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The agent's work and the waiting queues: the queues the server pushes, the "my work" panel
 * beside every page, the Queue page where an agent takes a waiting chat (and a supervisor assigns
 * one), and the alert when a visitor has waited long, which shows the chat on the Queue page.
 */
public final class QueueFeature implements Feature {

    private static final String PAGE = "QUEUE";

    @Override
    public void joinSession(SessionContext session) {
        QueueFeed queue = new QueueFeed(session.app().fx());
        session.handle(ChatMessages.QUEUE, queue::received);
        session.provide(QueueFeed.class, queue);
    }

    @Override
    public void openWindow(WindowContext window) {
        AppContext app = window.app();
        QueueFeed queue = window.require(QueueFeed.class);
        SessionChats chats = window.require(SessionChats.class);
        ChatTexts texts = new ChatTexts(app.i18n(), app.zone());
        QueueActions actions = new QueueActions() {
            @Override
            public CompletableFuture<Void> take(long conversationId) {
                return chats.service().take(conversationId).thenRunAsync(() -> ChatArrival.openWhenArrived(window.navigator(), chats, conversationId),
                        app.fx());
            }

            @Override
            public CompletableFuture<Void> assign(long conversationId, long agentId, String reason) {
                return chats.service().assign(conversationId, agentId, reason);
            }
        };
        QueuePageViewModel page = new QueuePageViewModel(new QueuePageViewModel.Sources(queue.snapshots(), window.live().selfProperty(),
                window.live().team().snapshotProperty(), window.ticker(), actions, texts::failure, app.fx()), app.i18n());
        LongConsumer show = conversationId -> {
            window.pages().show(PAGE);
            page.select(conversationId);
        };
        window.page(PageEntry.of(PAGE, Material2AL.HOURGLASS_EMPTY, Role.AGENT, () -> new QueuePageView(page))
                .withBadge(new PageEntry.Badge("queueWaiting", Bindings.createIntegerBinding(() -> queue.snapshots().get().groups().stream()
                        .mapToInt(GroupQueue::waiting).sum(), queue.snapshots()))));
        window.sidePanel(new MyWorkView(new MyWorkViewModel(new MyWorkViewModel.Sources(window.live().selfProperty(),
                chats.snapshots(), queue.snapshots(), window.ticker()), app.i18n()), show, conversationId -> {
            show.accept(conversationId);
            page.take();
        }));
        // the long-wait alert's "Show queue" leads to the chat on the Queue page
        window.opens(WaitingChatDestination.class, waiting -> show.accept(waiting.conversationId()));

        SettingsService settings = window.require(SettingsService.class);
        LongWaitWatch longWaits = new LongWaitWatch(window.alerts(), queue.snapshots(), () -> settings.settings().chatNotifications(),
                app.i18n(), app.background().scheduler(), app.fx(), app.clock());
        InvalidationListener settingsChanged = observable -> longWaits.preferencesChanged();
        window.alertSource(AlertSource.of(() -> {
            longWaits.start();
            settings.settingsProperty().addListener(settingsChanged);
        }, () -> {
            settings.settingsProperty().removeListener(settingsChanged);
            longWaits.stop();
        }));
    }
}
