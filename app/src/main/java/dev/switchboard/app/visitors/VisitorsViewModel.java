package dev.switchboard.app.visitors;

import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.shared.visitors.Channel;
import dev.switchboard.shared.visitors.VisitorStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.IntegerBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;

/**
 * The Visitors page: the live list filtered and sorted for the table, the selected visitor and
 * their details, the clock the time columns count with, and the invite and block actions. The
 * list itself is fed by the session's {@link VisitorFeed}; this only narrows and orders it.
 * FX thread.
 */
public final class VisitorsViewModel {

    /**
     * The background parts the Visitors page needs.
     *
     * @param levels the customer levels administrators configured, offered when giving a visitor one
     */
    public record Services(VisitorService service, Supplier<VisitorPreferences> preferences, NotificationCenter notices,
                           Clock clock, ZoneId zone, Scheduler scheduler, Executor fx, ObservableList<String> levels) {
    }

    /** The time columns count in whole seconds. */
    static final Duration TICK = Duration.ofSeconds(1);
    /**
     * Longest on the site first until the agent picks another order: engaged visitors are the ones
     * worth inviting, and the top of the list stays still while people come and go (newest first,
     * every arrival would shift every row in view).
     */
    public static final List<SortKey> DEFAULT_SORT = List.of(new SortKey(VisitorColumn.ON_SITE, true));

    private final VisitorFeed feed;
    private final I18n i18n;
    private final Services services;
    private final VisitorTexts texts;
    private final Disposer disposer = new Disposer();
    private final ShownVisitors shown;
    private final StringProperty searchText = new SimpleStringProperty("");
    private final ObjectProperty<VisitorStatus> statusFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Channel> channelFilter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Instant> now;
    private final ReadOnlyObjectWrapper<VisitorRow> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper refreshed = new ReadOnlyLongWrapper();
    private final ReadOnlyBooleanWrapper rowsHeld = new ReadOnlyBooleanWrapper();
    private final VisitorDetailsViewModel details;
    private final IntegerBinding shownCount;
    private final StringBinding summary;
    private final BooleanBinding canInvite;
    private final BooleanBinding canBlock;
    private Scheduler.Cancellable nextTick;
    /** Ticks of an earlier activation that are still on their way must not start a second chain. */
    private long tickChain;

    public VisitorsViewModel(VisitorFeed feed, I18n i18n, Services services) {
        this.feed = feed;
        this.i18n = i18n;
        this.services = services;
        this.texts = new VisitorTexts(i18n);
        this.shown = new ShownVisitors(feed.rows(), SortKey.comparator(DEFAULT_SORT));
        this.now = new ReadOnlyObjectWrapper<>(services.clock().instant());
        this.details = new VisitorDetailsViewModel(services.service(), texts, i18n, services.fx(), services.zone(),
                now.getReadOnlyProperty(), services.levels());
        this.shownCount = Bindings.size(shown);
        this.summary = i18n.text(this::summarize, feed.rows().countsProperty(), shownCount, rowsHeld);
        this.canInvite = Bindings.createBooleanBinding(() -> invitable(selected.get()), selected);
        this.canBlock = Bindings.createBooleanBinding(() -> selected.get() != null && !selected.get().visitor().blocked(),
                selected);
    }

    public void activate() {
        disposer.invalidated(searchText, observable -> applyFilter());
        disposer.invalidated(statusFilter, observable -> applyFilter());
        disposer.invalidated(channelFilter, observable -> applyFilter());
        disposer.invalidated(feed.appliedProperty(), observable -> followSelected());
        followSelected();
        long chain = ++tickChain;
        tick(chain);
        disposer.onDispose(() -> {
            tickChain++;
            nextTick.cancel();
        });
    }

    public void deactivate() {
        holdRows(false);
        disposer.dispose();
    }

    /**
     * The agent's pointer came over the table (true) or left it. Meanwhile no row moves, so that
     * a click lands on the visitor it aimed at; arrivals, departures and the order wait for the
     * pointer to leave.
     */
    public void holdRows(boolean hold) {
        if (hold == shown.isHeld()) {
            return;
        }
        if (hold) {
            shown.hold();
        } else {
            shown.release();
            refreshed.set(refreshed.get() + 1);
        }
        rowsHeld.set(hold);
    }

    /** Whether the rows are held still under the agent's pointer. */
    public ReadOnlyBooleanProperty rowsHeldProperty() {
        return rowsHeld.getReadOnlyProperty();
    }

    /** The rows the table shows, in the table's order. */
    public ObservableList<VisitorRow> rows() {
        return shown;
    }

    /** Orders the table by these levels (the first decides, the next break ties); by id when none. */
    public void sortBy(List<SortKey> keys) {
        shown.setOrder(SortKey.comparator(keys));
        refreshed.set(refreshed.get() + 1);
    }

    /** Whether the shown rows are changing right now (updates, filtering, sorting), so that a selection change is theirs. */
    public boolean rowsChanging() {
        return shown.isAnnouncing();
    }

    /** The agent picked a visitor in the table, or nobody (null). */
    public void select(VisitorRow row) {
        selected.set(row);
        details.show(row);
    }

    public Optional<InviteViewModel> inviteSelected() {
        VisitorRow row = selected.get();
        if (row == null) {
            return Optional.empty();
        }
        String preferred = services.preferences().get().invitationMessage();
        String message = preferred.isBlank() ? i18n.get("visitors.invite.defaultMessage") : preferred;
        return Optional.of(new InviteViewModel(row, message, preferred.isBlank(), services.service(), texts, i18n, services.notices(),
                services.fx()));
    }

    public Optional<BlockViewModel> blockSelected() {
        VisitorRow row = selected.get();
        return row == null ? Optional.empty() : Optional.of(new BlockViewModel(row, services.service(), texts, i18n,
                services.notices(), services.clock(), services.fx()));
    }

    /** Time on the site; it stops when the visitor leaves. */
    public String onSiteText(VisitorRow row) {
        return ElapsedTime.since(row.visitor().visitStartedAt(), row.clockEnd(now.get()));
    }

    public String onPageText(VisitorRow row) {
        return ElapsedTime.since(row.visitor().pageSince(), row.clockEnd(now.get()));
    }

    public VisitorTexts texts() {
        return texts;
    }

    public StringProperty searchTextProperty() {
        return searchText;
    }

    public ObjectProperty<VisitorStatus> statusFilterProperty() {
        return statusFilter;
    }

    public ObjectProperty<Channel> channelFilterProperty() {
        return channelFilter;
    }

    /** The app's clock, moved once a second while the page is active. */
    public ReadOnlyObjectProperty<Instant> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** The selected visitor as last updated, or null; cleared when they leave the list. */
    public ReadOnlyObjectProperty<VisitorRow> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    /** Counts changes of the shown rows (updates, filtering): the table re-selects after each. */
    public ReadOnlyLongProperty refreshedProperty() {
        return refreshed.getReadOnlyProperty();
    }

    public VisitorDetailsViewModel details() {
        return details;
    }

    public StringBinding summary() {
        return summary;
    }

    public BooleanBinding canInvite() {
        return canInvite;
    }

    public BooleanBinding canBlock() {
        return canBlock;
    }

    public List<VisitorStatus> statusChoices() {
        return List.of(VisitorStatus.values());
    }

    public List<Channel> channelChoices() {
        return List.of(Channel.values());
    }

    public I18n i18n() {
        return i18n;
    }

    private void applyFilter() {
        VisitorFilter filter = new VisitorFilter(searchText.get(), statusFilter.get(), channelFilter.get());
        shown.setFilter(filter.isAll() ? null : filter);
        refreshed.set(refreshed.get() + 1);
    }

    private void followSelected() {
        VisitorRow current = selected.get();
        if (current != null) {
            VisitorRow latest = feed.rows().find(current.id());
            if (latest != current) {
                selected.set(latest);
                details.show(latest);
            }
        }
        refreshed.set(refreshed.get() + 1);
    }

    private void tick(long chain) {
        now.set(services.clock().instant());
        nextTick = services.scheduler().schedule(TICK, () -> services.fx().execute(() -> {
            if (chain == tickChain) {
                tick(chain);
            }
        }));
    }

    private String summarize() {
        VisitorRows.StatusCounts counts = feed.rows().countsProperty().get();
        String text = i18n.get("visitors.summary", counts.total() - counts.left(), counts.invited(), counts.chatting(),
                counts.left());
        String shownText = shownCount.get() == counts.total() ? text : text + " · " + i18n.get("visitors.summary.shown", shownCount.get());
        return rowsHeld.get() ? shownText + " · " + i18n.get("visitors.summary.held") : shownText;
    }

    private static boolean invitable(VisitorRow row) {
        return row != null && row.status() == VisitorStatus.BROWSING && !row.visitor().blocked();
    }
}
