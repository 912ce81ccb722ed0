package dev.switchboard.app.shell;

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
import dev.switchboard.app.supervisor.SupervisorView;
import dev.switchboard.app.supervisor.SupervisorViewModel;
import dev.switchboard.app.visitors.VisitorsView;
import dev.switchboard.app.visitors.VisitorsViewModel;
import dev.switchboard.shared.agents.AgentStatus;
import java.time.ZoneId;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Parent;
import javafx.stage.Stage;

/** The window of a signed-in agent: the frame with its pages, titled "Switchboard". FX thread. */
public final class MainWindow {

    public static final String TITLE = "Switchboard";

    private final ShellViewModel model;
    private final ViewWindow window;

    /** The parts of the window about the agent's work: chats, queues and what needs their attention. */
    public record Work(SecondsTicker ticker, Scheduler scheduler, Executor io, ZoneId zone) {
    }

    public MainWindow(LiveSession live, I18n i18n, ThemeManager themes, NotificationCenter notices, Executor fx,
                      VisitorsViewModel.Services visitorServices, Work work, ShellViewModel.Actions actions,
                      Runnable onCloseRequest) {
        this.model = new ShellViewModel(live, i18n, notices, fx, actions);
        MyWorkView myWork = new MyWorkView(new MyWorkViewModel(new MyWorkViewModel.Sources(live.selfProperty(),
                live.chatsProperty(), live.queueProperty(), work.ticker()), i18n));
        ShellView view = new ShellView(model, page -> pageView(page, live, i18n, themes, notices, fx, visitorServices, work),
                new ToastView(notices), myWork);
        this.window = new ViewWindow(view, themes, new ReadOnlyStringWrapper(TITLE), 1180, 760)
                .minSize(900, 560)
                .onCloseRequest(onCloseRequest);
    }

    private static View<? extends Parent> pageView(Page page, LiveSession live, I18n i18n, ThemeManager themes,
                                                   NotificationCenter notices, Executor fx,
                                                   VisitorsViewModel.Services visitorServices, Work work) {
        return switch (page) {
            case VISITORS -> new VisitorsView(new VisitorsViewModel(live.visitors(), i18n, visitorServices), themes);
            case CHATS -> chatsView(live, i18n, themes, notices, fx, work);
            case HOME -> new HomeView(new HomeViewModel(live, i18n));
            case SUPERVISOR -> new SupervisorView(new SupervisorViewModel(live.team(), i18n));
        };
    }

    private static ChatsView chatsView(LiveSession live, I18n i18n, ThemeManager themes, NotificationCenter notices, Executor fx,
                                       Work work) {
        ChatsContext context = new ChatsContext(live.chats(), live.cannedReplies(), new ChatTexts(i18n, work.zone()),
                live.selfProperty(), live.team().snapshotProperty(), work.scheduler(), fx, work.io(), notices);
        return new ChatsView(new ChatsViewModel(context, live.chatsProperty(), work.ticker()), themes,
                new AttachmentImages(live.chats().rest(), work.io(), fx));
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

    /** A status picked outside the window (the tray menu), reported like one picked inside. */
    public void requestStatus(AgentStatus status) {
        model.requestStatus(status);
    }
}
