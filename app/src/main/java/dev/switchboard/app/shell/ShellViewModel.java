package dev.switchboard.app.shell;

import dev.switchboard.app.net.ConnectionState;
import dev.switchboard.app.net.NotConnectedException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.notify.Notice;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.session.LiveSession;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentStatus;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The main window's frame: who is signed in, their status, the connection, and the navigation. */
public final class ShellViewModel {

    /** What the frame's menu can ask of the application. */
    public record Actions(Runnable openSettings, Runnable signOut, Runnable quit) {
    }

    private final LiveSession live;
    private final I18n i18n;
    private final NotificationCenter notices;
    private final Executor fx;
    private final Actions actions;
    private final Disposer disposer = new Disposer();
    private final ObservableList<Page> pages = FXCollections.observableArrayList(Page.HOME);
    private final ObjectProperty<Page> selectedPage = new SimpleObjectProperty<>(Page.HOME);
    private final ObjectBinding<AgentStatus> status;
    private final StringBinding displayName;
    private final StringBinding statusText;
    private final StringBinding connectionText;
    private final IntegerBinding chatsUnread;

    public ShellViewModel(LiveSession live, I18n i18n, NotificationCenter notices, Executor fx, Actions actions) {
        this.live = live;
        this.i18n = i18n;
        this.notices = notices;
        this.fx = fx;
        this.actions = actions;
        this.status = Bindings.createObjectBinding(() -> live.selfProperty().get().status(), live.selfProperty());
        this.displayName = Bindings.createStringBinding(() -> live.selfProperty().get().displayName(), live.selfProperty());
        this.statusText = i18n.text(() -> i18n.get("status." + status.get().name()), status);
        this.chatsUnread = Bindings.createIntegerBinding(() -> live.chatsProperty().get().unread(), live.chatsProperty());
        this.connectionText = i18n.text(() -> i18n.get("connection." + live.connectionStateProperty().get().name()),
                live.connectionStateProperty());
    }

    public void activate() {
        disposer.observe(live.selfProperty(), this::showPagesFor);
    }

    public void deactivate() {
        disposer.dispose();
    }

    /** Asks for a new status; a refusal or being offline is reported as a notice. */
    public void requestStatus(AgentStatus wanted) {
        live.setStatus(wanted).whenCompleteAsync((ignored, failure) -> {
            if (failure != null) {
                notices.post(new Notice(Notice.Level.DANGER, statusFailure(wanted, failure), true));
            }
        }, fx);
    }

    public List<AgentStatus> selectableStatuses() {
        return Arrays.stream(AgentStatus.values()).filter(AgentStatus::isSelectable).toList();
    }

    public String statusText(AgentStatus choice) {
        return i18n.get("status." + choice.name());
    }

    public void openSettings() {
        actions.openSettings().run();
    }

    public void signOut() {
        actions.signOut().run();
    }

    public void quit() {
        actions.quit().run();
    }

    public ObservableList<Page> pages() {
        return pages;
    }

    public ObjectProperty<Page> selectedPageProperty() {
        return selectedPage;
    }

    public ObjectBinding<AgentStatus> status() {
        return status;
    }

    public StringBinding displayName() {
        return displayName;
    }

    public StringBinding statusText() {
        return statusText;
    }

    public StringBinding connectionText() {
        return connectionText;
    }

    /** Unread chat messages over all the agent's chats, for the navigation's badge. */
    public IntegerBinding chatsUnread() {
        return chatsUnread;
    }

    public ReadOnlyObjectProperty<ConnectionState> connectionState() {
        return live.connectionStateProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    private void showPagesFor(Agent self) {
        List<Page> visible = Arrays.stream(Page.values()).filter(page -> page.visibleTo(self.role())).toList();
        if (!visible.equals(pages)) {
            pages.setAll(visible);
        }
        if (!pages.contains(selectedPage.get())) {
            selectedPage.set(Page.HOME);
        }
    }

    private String statusFailure(AgentStatus wanted, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof NotConnectedException || cause instanceof TimeoutException) {
            return i18n.get("status.error.offline", statusText(wanted));
        }
        if (cause instanceof ProblemException problem && problem.problem().detail() != null) {
            return i18n.get("status.error.refused", statusText(wanted), problem.problem().detail());
        }
        return i18n.get("status.error.refused", statusText(wanted), String.valueOf(cause.getMessage()));
    }
}
