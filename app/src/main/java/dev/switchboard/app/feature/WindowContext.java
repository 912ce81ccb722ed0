package dev.switchboard.app.feature;

import dev.switchboard.app.alerts.AlertBoard;
import dev.switchboard.app.alerts.AlertSource;
import dev.switchboard.app.navigation.Destination;
import dev.switchboard.app.navigation.Navigator;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.platform.View;
import dev.switchboard.app.session.LiveSession;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.value.ObservableValue;
import javafx.scene.Parent;
import javafx.stage.Window;

/**
 * How a feature shows itself in one session's main window: its pages and menu entries, a panel
 * beside every page, how it opens its destinations, and the alert sources that watch it. What it
 * made for the session is there through {@link #require}. FX thread.
 */
public final class WindowContext {

    /** The window's own parts the features see. */
    public record Frame(SecondsTicker ticker, ObservableValue<Boolean> focused, Supplier<Window> owner, AlertBoard alerts,
                        PageSwitch pages) {
    }

    private final SessionContext session;
    private final Scope scope;
    private final Frame frame;
    private final Navigator navigator = new Navigator();
    private final List<PageEntry> pages = new ArrayList<>();
    private final List<View<? extends Parent>> sidePanels = new ArrayList<>();
    private final List<MenuEntry> menuEntries = new ArrayList<>();
    private final List<AlertSource> alertSources = new ArrayList<>();
    private final List<Runnable> closeSteps = new ArrayList<>();
    private final List<LeaveGuard> leaveGuards = new ArrayList<>();
    private StatusMenu statusMenu;

    WindowContext(SessionContext session, Frame frame) {
        this.session = session;
        this.scope = new Scope(session.scope());
        this.frame = frame;
    }

    public AppContext app() {
        return session.app();
    }

    public LiveSession live() {
        return session.live();
    }

    /** Offers {@code service} to the features after this one, for this window's life (a registry of its parts, say). */
    public <T> void provide(Class<T> type, T service) {
        scope.provide(type, service);
    }

    /** What this window, its session or the workstation was offered as {@code type}. */
    public <T> T require(Class<T> type) {
        return scope.require(type);
    }

    /** Ticks every second while someone shows elapsed times (waiting, chatting). */
    public SecondsTicker ticker() {
        return frame.ticker();
    }

    /** Whether the window has the focus: what the agent has in front is only seen while it does. */
    public ObservableValue<Boolean> focused() {
        return frame.focused();
    }

    /** The window, as the owner of the dialogs a feature opens. */
    public Window owner() {
        return frame.owner().get();
    }

    public AlertBoard alerts() {
        return frame.alerts();
    }

    public PageSwitch pages() {
        return frame.pages();
    }

    /** Opens any destination, the feature's own or another's. */
    public Navigator navigator() {
        return navigator;
    }

    // --- what the feature adds ---

    /** A page with its navigation entry; entries show in the order of the features. */
    public void page(PageEntry page) {
        pages.add(page);
    }

    /** A panel under the navigation, beside every page. */
    public void sidePanel(View<? extends Parent> panel) {
        sidePanels.add(panel);
    }

    public void menuEntry(MenuEntry entry) {
        menuEntries.add(entry);
    }

    /** How the window shows this feature's destinations of class {@code kind}. */
    public <D extends Destination> void opens(Class<D> kind, Consumer<? super D> opener) {
        navigator.register(kind, opener);
    }

    /** Raises alerts while the session lasts; started before it connects. */
    public void alertSource(AlertSource source) {
        alertSources.add(source);
    }

    /** More choices for the status menu (away with a reason); one feature offers them. */
    public void statusMenu(StatusMenu menu) {
        if (statusMenu != null) {
            throw new IllegalStateException("the status menu has more choices already");
        }
        statusMenu = menu;
    }

    /** Warns before the agent signs out or quits (open chats, say): the window asks them to confirm. */
    public void leaveGuard(LeaveGuard guard) {
        leaveGuards.add(guard);
    }

    /** Runs when the window closes, before the session does (e.g. closes the feature's dialogs). */
    public void onClose(Runnable step) {
        closeSteps.add(step);
    }

    // --- what the window reads ---

    public List<PageEntry> addedPages() {
        return List.copyOf(pages);
    }

    public List<View<? extends Parent>> addedSidePanels() {
        return List.copyOf(sidePanels);
    }

    public List<MenuEntry> addedMenuEntries() {
        return List.copyOf(menuEntries);
    }

    public List<AlertSource> addedAlertSources() {
        return List.copyOf(alertSources);
    }

    /** The status menu's added choices, or none. */
    public java.util.Optional<StatusMenu> addedStatusMenu() {
        return java.util.Optional.ofNullable(statusMenu);
    }

    public List<LeaveGuard> addedLeaveGuards() {
        return List.copyOf(leaveGuards);
    }

    public List<Runnable> addedCloseSteps() {
        return List.copyOf(closeSteps);
    }
}
