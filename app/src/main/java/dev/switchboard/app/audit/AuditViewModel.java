package dev.switchboard.app.audit;

import dev.switchboard.app.admin.FormErrors;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.audit.AuditEntry;
import dev.switchboard.shared.audit.AuditPage;
import dev.switchboard.shared.audit.AuditQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The audit log section: the filters as typed, the entries found (newest first, a page at a time)
 * and what became of the last search. The shared rules check the filters before anything is
 * sent; an answer to an older search is dropped. FX thread.
 */
final class AuditViewModel {

    static final int PAGE = 100;

    private final AuditApi api;
    private final Executor fx;
    private final ZoneId zone;
    private final I18n i18n;
    private final ObjectProperty<Agent> actor = new SimpleObjectProperty<>();
    private final StringProperty action = new SimpleStringProperty("");
    private final StringProperty target = new SimpleStringProperty("");
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final FormErrors errors;
    private AuditQuery searched = AuditQuery.ALL;
    private Long nextBefore;
    private int generation;

    AuditViewModel(AuditApi api, Executor fx, ZoneId zone, I18n i18n) {
        this.api = api;
        this.fx = fx;
        this.zone = zone;
        this.i18n = i18n;
        this.errors = new FormErrors(i18n);
    }

    /** Searches with the filters as they are now; nothing is sent while they break the rules. */
    void search() {
        AuditQuery query = query();
        List<dev.switchboard.shared.problem.FieldError> problems = query.problems();
        if (!problems.isEmpty()) {
            errors.show(problems);
            return;
        }
        errors.clear();
        searched = query;
        entries.clear();
        nextBefore = null;
        load(++generation);
    }

    /** The next page of the same search. */
    void loadMore() {
        if (nextBefore != null) {
            load(generation);
        }
    }

    private void load(int mine) {
        status.set(i18n.get("audit.status.searching"));
        api.search(searched, nextBefore, PAGE).whenCompleteAsync((page, failure) -> {
            if (mine != generation) {
                return;
            }
            if (failure != null) {
                errors.show(failure);
                status.set("");
                return;
            }
            show(page);
        }, fx);
    }

    private void show(AuditPage page) {
        entries.addAll(page.entries());
        nextBefore = page.nextBefore();
        more.set(nextBefore != null);
        status.set(entries.isEmpty() ? i18n.get("audit.status.none") : i18n.get("audit.status.found", entries.size()));
    }

    private AuditQuery query() {
        Agent who = actor.get();
        Instant start = from.get() == null ? null : from.get().atStartOfDay(zone).toInstant();
        // "to" is the last day wanted: everything before the next midnight
        Instant end = to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(who == null ? null : who.id(), action.get(), target.get(), start, end);
    }

    ObjectProperty<Agent> actorProperty() {
        return actor;
    }

    StringProperty actionProperty() {
        return action;
    }

    StringProperty targetProperty() {
        return target;
    }

    ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    ObservableList<AuditEntry> entries() {
        return entries;
    }

    BooleanProperty moreProperty() {
        return more;
    }

    StringProperty statusProperty() {
        return status;
    }

    FormErrors errors() {
        return errors;
    }

    ZoneId zone() {
        return zone;
    }

    I18n i18n() {
        return i18n;
    }
}
