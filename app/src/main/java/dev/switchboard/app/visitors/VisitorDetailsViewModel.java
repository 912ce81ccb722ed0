package dev.switchboard.app.visitors;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.visitors.PastVisit;
import dev.switchboard.shared.visitors.TrailEntry;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ObservableList;

/**
 * The details pane of the selected visitor: the live row at once, then the current visit's trail
 * and the earlier visits loaded in the background. A new visitor shows a spinner; a page change
 * of the same visitor reloads quietly, keeping the trail in view. Late answers for a visitor no
 * longer shown are dropped. Staff give the shown visitor a customer level from the configured ones.
 * FX thread.
 */
public final class VisitorDetailsViewModel {

    /** What the trail part of the pane shows. */
    public enum State {
        NONE,
        LOADING,
        LOADED,
        FAILED
    }

    private final VisitorService service;
    private final VisitorTexts texts;
    private final I18n i18n;
    private final Executor fx;
    private final ZoneId zone;
    private final ObservableValue<Instant> now;
    private final ReadOnlyObjectWrapper<VisitorRow> visitor = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<State> state = new ReadOnlyObjectWrapper<>(State.NONE);
    private final ReadOnlyObjectWrapper<VisitorDetail> detail = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<String> levels;
    private final ReadOnlyStringWrapper levelError = new ReadOnlyStringWrapper("");
    /**
     * The level last asked for the shown visitor, until the visitor list shows it: an agent who
     * changes their mind before then is compared with what they asked, not with the old level.
     */
    private String askedLevel;
    private long request;

    /** @param levels the customer levels administrators configured, in their order */
    VisitorDetailsViewModel(VisitorService service, VisitorTexts texts, I18n i18n, Executor fx, ZoneId zone,
                            ObservableValue<Instant> now, ObservableList<String> levels) {
        this.service = service;
        this.levels = levels;
        this.texts = texts;
        this.i18n = i18n;
        this.fx = fx;
        this.zone = zone;
        this.now = now;
    }

    /** Shows this visitor (null: nobody), loading their trail when it is new or has changed. */
    void show(VisitorRow row) {
        VisitorRow before = visitor.get();
        if (before == null || row == null || !before.id().equals(row.id())) {
            levelError.set("");
            askedLevel = null;
        }
        visitor.set(row);
        if (currentLevel().equals(askedLevel)) {
            askedLevel = null;
        }
        if (row == null) {
            request++;
            detail.set(null);
            state.set(State.NONE);
        } else if (before == null || !before.id().equals(row.id())) {
            detail.set(null);
            load(row.id(), true);
        } else if (trailChanged(before, row)) {
            load(row.id(), state.get() != State.LOADED);
        }
    }

    public void retry() {
        if (visitor.get() != null) {
            load(visitor.get().id(), true);
        }
    }

    /** "0:42" for a page left after 42 seconds; the running time for the page the visitor is on. */
    public String trailTime(TrailEntry entry) {
        if (entry.seconds() != null) {
            return ElapsedTime.format(Duration.ofSeconds(entry.seconds()));
        }
        VisitorRow shown = visitor.get();
        return ElapsedTime.since(entry.at(), shown == null ? now.getValue() : shown.clockEnd(now.getValue()));
    }

    /** "Mar 3, 2026, 14:05 · 4 pages · 6:10 · Search · Baidu". */
    public String pastVisitText(PastVisit visit) {
        DateTimeFormatter format = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(i18n.locale()).withZone(zone);
        String started = visit.startedAt() == null ? "" : format.format(visit.startedAt());
        String length = visit.startedAt() == null || visit.endedAt() == null
                ? "" : ElapsedTime.format(Duration.between(visit.startedAt(), visit.endedAt()));
        return i18n.get("visitors.details.pastVisit", started, visit.pagesViewed(), length, texts.source(visit.source()));
    }

    /** The shown visitor's network address once their details are in; null before. */
    public String address() {
        VisitorDetail loaded = detail.get();
        VisitorRow shown = visitor.get();
        return loaded == null || shown == null || !loaded.visitor().id().equals(shown.id()) ? null : loaded.address();
    }

    public ReadOnlyObjectProperty<VisitorRow> visitorProperty() {
        return visitor.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<State> stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<VisitorDetail> detailProperty() {
        return detail.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /**
     * The levels to offer for the shown visitor: none (the empty text), the configured ones, and the
     * visitor's own when no configured level has that name (a level deleted since, or one set through
     * the API), so that what they have is shown and kept.
     */
    public List<String> levelChoices() {
        List<String> choices = new ArrayList<>();
        choices.add("");
        choices.addAll(levels);
        String current = currentLevel();
        if (!current.isEmpty() && levels.stream().noneMatch(level -> level.equalsIgnoreCase(current))) {
            choices.add(current);
        }
        return choices;
    }

    /** The configured levels, to follow their changes. */
    public ObservableList<String> levels() {
        return levels;
    }

    /** The shown visitor's level, empty for none. */
    public String currentLevel() {
        VisitorRow shown = visitor.get();
        return shown == null || shown.visitor().customerLevel() == null ? "" : shown.visitor().customerLevel();
    }

    /** Gives the shown visitor this level (empty: none); the visitor list shows the change when the backend made it. */
    public void setLevel(String level) {
        VisitorRow shown = visitor.get();
        if (shown == null || level == null || level.equals(askedLevel == null ? currentLevel() : askedLevel)) {
            return;
        }
        levelError.set("");
        askedLevel = level;
        service.setLevel(shown.id(), level.isBlank() ? null : level).whenCompleteAsync((changed, failure) -> {
            if (failure != null) {
                if (level.equals(askedLevel)) {
                    askedLevel = null;
                }
                levelError.set(FailureText.of(failure, i18n));
            }
        }, fx);
    }

    /** Why the last level change failed, empty while it did not. */
    public ReadOnlyStringProperty levelErrorProperty() {
        return levelError.getReadOnlyProperty();
    }

    public ObservableValue<Instant> now() {
        return now;
    }

    public VisitorTexts texts() {
        return texts;
    }

    public I18n i18n() {
        return i18n;
    }

    private void load(String visitorId, boolean showSpinner) {
        long mine = ++request;
        if (showSpinner) {
            state.set(State.LOADING);
        }
        service.detail(visitorId).whenCompleteAsync((loaded, failure) -> {
            if (mine != request) {
                return;
            }
            if (failure == null) {
                detail.set(loaded);
                state.set(State.LOADED);
            } else if (showSpinner) {
                error.set(FailureText.of(failure, i18n));
                state.set(State.FAILED);
            }
            // A failed quiet reload keeps the trail shown; the next page change tries again.
        }, fx);
    }

    /** The trail grows with each page, and starts again with a new visit. */
    private static boolean trailChanged(VisitorRow before, VisitorRow now) {
        return before.visitor().pagesViewed() != now.visitor().pagesViewed()
                || !Objects.equals(before.visitor().visitStartedAt(), now.visitor().visitStartedAt())
                || !Objects.equals(before.visitor().currentUrl(), now.visitor().currentUrl());
    }
}
