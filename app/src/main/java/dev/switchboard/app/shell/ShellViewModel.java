package dev.switchboard.app.shell;

import dev.switchboard.app.feature.MenuEntry;
import dev.switchboard.app.feature.PageEntry;
import dev.switchboard.app.feature.PageSwitch;
import dev.switchboard.app.feature.StatusMenu;
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
import dev.switchboard.shared.agents.StatusChange;
import dev.switchboard.shared.ws.MessageTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeoutException;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The main window's frame: who is signed in, their status, the connection, and the navigation
 * between the pages the features add, of which it shows those the agent's role may see.
 */
public final class ShellViewModel implements PageSwitch {

    /** What the frame's menu can ask of the application. */
    public record Actions(Runnable signOut, Runnable quit) {
    }

    private final LiveSession live;
    private final I18n i18n;
    private final NotificationCenter notices;
    private final Executor fx;
    private final Actions actions;
    private final Disposer disposer = new Disposer();
    private final List<PageEntry> allPages = new ArrayList<>();
    private final List<MenuEntry> menuEntries = new ArrayList<>();
    private final ObservableList<PageEntry> pages = FXCollections.observableArrayList();
    private final ObjectProperty<PageEntry> selectedPage = new SimpleObjectProperty<>();
    private final ObjectBinding<String> shownPage = Bindings.createObjectBinding(
            () -> selectedPage.get() == null ? null : selectedPage.get().id(), selectedPage);
    private final ObjectBinding<AgentStatus> status;
    private final StringBinding displayName;
    private final StringBinding statusText;
    private final StringBinding connectionText;
    /** The status menu's added choices (away with a reason), and a count that moves when they change. */
    private final ObservableList<StatusMenu.Choice> statusChoices = FXCollections.observableArrayList();
    private final IntegerProperty statusWording = new SimpleIntegerProperty();
    private Function<Agent, Optional<String>> describeStatus = self -> Optional.empty();

    public ShellViewModel(LiveSession live, I18n i18n, NotificationCenter notices, Executor fx, Actions actions) {
        this.live = live;
        this.i18n = i18n;
        this.notices = notices;
        this.fx = fx;
        this.actions = actions;
        this.status = Bindings.createObjectBinding(() -> live.selfProperty().get().status(), live.selfProperty());
        this.displayName = Bindings.createStringBinding(() -> live.selfProperty().get().displayName(), live.selfProperty());
        this.statusText = i18n.text(() -> describeStatus.apply(live.selfProperty().get()).orElseGet(() -> i18n.get("status." + status.get().name())),
                status, live.selfProperty(), statusWording);
        this.connectionText = i18n.text(() -> i18n.get("connection." + live.connectionStateProperty().get().name()),
                live.connectionStateProperty());
    }

    /**
     * The features' pages (in navigation order) and menu entries; set once, before the view is
     * built. The window opens on the start page.
     */
    public void addFeatureParts(List<PageEntry> featurePages, List<MenuEntry> featureMenu) {
        allPages.addAll(featurePages);
        menuEntries.addAll(featureMenu);
        PageEntry start = startPage();
        if (start != null) {
            pages.setAll(start);
            selectedPage.set(start);
        }
    }

    /** More status choices from a feature (away with a reason), and how the header words them; set once, before the view is built. */
    public void addStatusMenu(StatusMenu menu) {
        describeStatus = menu.describe();
        Bindings.bindContent(statusChoices, menu.choices());
        menu.choices().addListener((ListChangeListener<StatusMenu.Choice>) change -> statusWording.set(statusWording.get() + 1));
        statusWording.set(statusWording.get() + 1);
    }

    /** The added status choices, after the plain statuses. */
    public ObservableList<StatusMenu.Choice> statusChoices() {
        return statusChoices;
    }

    /** Picks a status with a reason; refusals are reported as for {@link #requestStatus(AgentStatus)}. */
    public void requestStatus(StatusMenu.Choice choice) {
        report(choice.status(), live.request(MessageTypes.STATUS_SET, new StatusChange(choice.status(), choice.reasonId())));
    }

    public void activate() {
        disposer.observe(live.selfProperty(), this::showPagesFor);
    }

    public void deactivate() {
        disposer.dispose();
    }

    /** Asks for a new status; a refusal or being offline is reported as a notice. */
    public void requestStatus(AgentStatus wanted) {
        report(wanted, live.setStatus(wanted));
    }

    private void report(AgentStatus wanted, java.util.concurrent.CompletableFuture<Void> request) {
        request.whenCompleteAsync((ignored, failure) -> {
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

    public void signOut() {
        actions.signOut().run();
    }

    public void quit() {
        actions.quit().run();
    }

    /** The pages the agent may see, in navigation order. */
    public ObservableList<PageEntry> pages() {
        return pages;
    }

    public ObjectProperty<PageEntry> selectedPageProperty() {
        return selectedPage;
    }

    /** The agent's menu entries the features added, above sign-out and quit. */
    public List<MenuEntry> menuEntries() {
        return List.copyOf(menuEntries);
    }

    @Override
    public void show(String pageId) {
        pages.stream().filter(page -> page.id().equals(pageId)).findFirst().ifPresent(selectedPage::set);
    }

    @Override
    public ObservableValue<String> shown() {
        return shownPage;
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

    public ReadOnlyObjectProperty<ConnectionState> connectionState() {
        return live.connectionStateProperty();
    }

    public I18n i18n() {
        return i18n;
    }

    private void showPagesFor(Agent self) {
        List<PageEntry> visible = allPages.stream().filter(page -> page.visibleTo(self.role())).toList();
        if (!visible.equals(pages)) {
            pages.setAll(visible);
        }
        if (!pages.contains(selectedPage.get())) {
            selectedPage.set(startPage());
        }
    }

    /** The page marked as the start, else the first; every role sees it. */
    private PageEntry startPage() {
        return allPages.stream().filter(PageEntry::start).findFirst()
                .orElseGet(() -> allPages.isEmpty() ? null : allPages.get(0));
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
