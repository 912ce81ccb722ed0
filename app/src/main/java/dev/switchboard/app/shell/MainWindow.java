package dev.switchboard.app.shell;

import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertView;
import dev.switchboard.app.alerts.ChatNavigation;
import dev.switchboard.app.chat.ui.AttachmentImages;
import dev.switchboard.app.chat.ui.ChatTexts;
import dev.switchboard.app.chat.ui.ChatsContext;
import dev.switchboard.app.chat.ui.ChatsView;
import dev.switchboard.app.chat.ui.ChatsViewModel;
import dev.switchboard.app.home.HomeView;
import dev.switchboard.app.home.HomeViewModel;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.notify.ToastView;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.platform.ThemeManager;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.platform.ViewWindow;
import dev.switchboard.app.queue.MyWorkView;
import dev.switchboard.app.queue.MyWorkViewModel;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.app.supervisor.OngoingChatsView;
import dev.switchboard.app.supervisor.OngoingChatsViewModel;
import dev.switchboard.app.supervisor.SupervisorChats;
import dev.switchboard.app.supervisor.SupervisorView;
import dev.switchboard.app.supervisor.SupervisorViewModel;
import dev.switchboard.app.supervisor.WatchedChatView;
import dev.switchboard.app.supervisor.WatchedChatViewModel;
import dev.switchboard.app.visitors.VisitorsView;
import dev.switchboard.app.visitors.VisitorsViewModel;
import dev.switchboard.shared.agents.AgentStatus;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The window of a signed-in agent: the frame with its pages, titled "Switchboard". FX thread. */
public final class MainWindow {

    public static final String TITLE = "Switchboard";

    private final ShellViewModel model;
    private final ViewWindow window;
    private final ChatsViewModel chats;
    private final ChatNavigation chatNavigation;

    /** The parts of the window about the agent's work: chats, queues and what needs their attention. */
    public record Work(SecondsTicker ticker, Scheduler scheduler, Executor io, ZoneId zone, AlertBoard alerts,
                       SupervisorChats supervisorChats) {
    }

    public MainWindow(LiveSession live, I18n i18n, ThemeManager themes, NotificationCenter notices, Executor fx,
                      VisitorsViewModel.Services visitorServices, Work work, ShellViewModel.Actions actions,
                      Runnable onCloseRequest) {
        this.model = new ShellViewModel(live, i18n, notices, fx, actions);
        MyWorkView myWork = new MyWorkView(new MyWorkViewModel(new MyWorkViewModel.Sources(live.selfProperty(),
                live.chatsProperty(), live.queueProperty(), work.ticker()), i18n));
        this.chats = chatsViewModel(live, i18n, notices, fx, work);
        this.chatNavigation = new ChatTabsNavigation(model.selectedPageProperty(), chats);
        ShellView view = new ShellView(model, page -> pageView(page, live, i18n, themes, notices, fx, visitorServices, work),
                new ToastView(notices), myWork, new AlertView(work.alerts(), i18n));
        this.window = new ViewWindow(view, themes, work.alerts().windowTitle(TITLE), 1180, 760)
                .minSize(900, 560)
                .onCloseRequest(onCloseRequest);
    }

    private View<? extends Parent> pageView(Page page, LiveSession live, I18n i18n, ThemeManager themes,
                                            NotificationCenter notices, Executor fx,
                                            VisitorsViewModel.Services visitorServices, Work work) {
        return switch (page) {
            case VISITORS -> new VisitorsView(new VisitorsViewModel(live.visitors(), i18n, visitorServices), themes);
            case CHATS -> chatsView(live, themes, fx, work);
            case HOME -> new HomeView(new HomeViewModel(live, i18n));
            case SUPERVISOR -> new SupervisorView(new SupervisorViewModel(live.team(), i18n), ongoingChats(live, i18n, work, fx));
        };
    }

    private ChatsView chatsView(LiveSession live, ThemeManager themes, Executor fx, Work work) {
        return new ChatsView(chats, themes, new AttachmentImages(live.chats().rest(), work.io(), fx));
    }

    private static ChatsViewModel chatsViewModel(LiveSession live, I18n i18n, NotificationCenter notices, Executor fx, Work work) {
        ChatsContext context = new ChatsContext(live.chats(), live.cannedReplies(), new ChatTexts(i18n, work.zone()),
                live.selfProperty(), live.team().snapshotProperty(), work.scheduler(), fx, work.io(), notices);
        return new ChatsViewModel(context, live.chatsProperty(), work.ticker());
    }

    private static OngoingChatsView ongoingChats(LiveSession live, I18n i18n, Work work, Executor fx) {
        OngoingChatsViewModel list = new OngoingChatsViewModel(new OngoingChatsViewModel.Sources(work.supervisorChats(),
                live.queueProperty(), live.team().snapshotProperty(), work.ticker(), work.scheduler(), fx), i18n);
        WatchedChatViewModel watched = new WatchedChatViewModel(new WatchedChatViewModel.Sources(live.chats(), live.chatsProperty(),
                fx, work.zone()), i18n);
        return new OngoingChatsView(list, new WatchedChatView(watched));
    }

    /** Shows the window, or brings it back from the tray. */
    public void show() {
        window.show();
    }

    /** Hides it to the tray; it keeps updating. */
    public void hide() {
        window.hide();
    }

    public void close() {
        window.close();
    }

    public Stage stage() {
        return window.stage();
    }

    /** The chat tabs, for alerts to know which chat the agent has in front and to show one. */
    public ChatNavigation chatNavigation() {
        return chatNavigation;
    }

    /** A status picked outside the window (the tray menu), reported like one picked inside. */
    public void requestStatus(AgentStatus status) {
        model.requestStatus(status);
    }
}
