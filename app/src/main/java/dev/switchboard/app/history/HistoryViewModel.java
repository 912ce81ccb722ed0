package dev.switchboard.app.history;

import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.wrapup.WrapUpCategory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
 * The History page's state: the filters, the chats found (a page at a time), the transcript open
 * and what happened last. Searching and opening run on the I/O threads; results land on the FX
 * thread. A transcript opened is kept in the cache; while the server cannot be reached the page
 * searches and opens the cached ones instead.
 */
public final class HistoryViewModel {

    static final int PAGE = 50;

    /** What the page needs from outside. */
    public record Sources(HistoryApi api, TranscriptCache cache, Executor fx, ZoneId zone) {
    }

    private final Sources sources;
    private final I18n i18n;
    private final HistoryTexts texts;

    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty visitor = new SimpleStringProperty("");
    private final ObjectProperty<Agent> agent = new SimpleObjectProperty<>();
    private final ObjectProperty<Group> group = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> rating = new SimpleObjectProperty<>();
    private final ObjectProperty<WrapUpCategory> category = new SimpleObjectProperty<>();

    private final ObservableList<HistoryEntry> results = FXCollections.observableArrayList();
    private final ObservableList<WrapUpCategory> categories = FXCollections.observableArrayList();
    private final BooleanProperty more = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final ObjectProperty<Transcript> transcript = new SimpleObjectProperty<>();
    private Long nextBefore;
    private HistoryQuery searched = HistoryQuery.ALL;
    /** Counts searches, so that the answer to an older one is dropped. */
    private long generation;

    public HistoryViewModel(Sources sources, I18n i18n) {
        this.sources = sources;
        this.i18n = i18n;
        this.texts = new HistoryTexts(i18n, sources.zone());
    }

    public I18n i18n() {
        return i18n;
    }

    public HistoryTexts texts() {
        return texts;
    }

    /** Reads the category tree for the filter; the page searches once it shows. */
    public void activate() {
        sources.api().categories().thenAcceptAsync(categories::setAll, sources.fx()).exceptionally(error -> null);
        if (results.isEmpty() && transcript.get() == null) {
            search();
        }
    }

    /** Searches from the newest chat on the current filters. */
    public void search() {
        searched = query();
        long mine = ++generation;
        busy.set(true);
        sources.api().search(searched, null, PAGE).whenCompleteAsync((page, error) -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            if (error == null) {
                results.setAll(page.entries());
                nextBefore = page.nextBefore();
                more.set(nextBefore != null);
                status.set(page.entries().isEmpty() ? i18n.get("history.status.none") : i18n.get("history.status.found", page.entries().size()));
            } else if (unreachable(error)) {
                searchCached(mine);
            } else {
                status.set(i18n.get("history.status.failed", message(error)));
            }
        }, sources.fx());
    }

    /** The next page of the same search. */
    public void loadMore() {
        if (nextBefore == null) {
            return;
        }
        long mine = generation;
        busy.set(true);
        sources.api().search(searched, nextBefore, PAGE).whenCompleteAsync((page, error) -> {
            if (mine != generation) {
                return;
            }
            busy.set(false);
            if (error == null) {
                results.addAll(page.entries());
                nextBefore = page.nextBefore();
                more.set(nextBefore != null);
                status.set(i18n.get("history.status.found", results.size()));
            } else {
                status.set(i18n.get("history.status.failed", message(error)));
            }
        }, sources.fx());
    }

    /** Opens a chat's transcript: from the server (keeping it for offline reading), or from the cache when the server is away. */
    public void open(HistoryEntry entry) {
        if (entry == null) {
            return;
        }
        sources.api().transcript(entry.conversationId()).whenCompleteAsync((found, error) -> {
            if (error == null) {
                transcript.set(found);
                sources.cache().save(found);
            } else {
                sources.cache().find(entry.conversationId()).thenAcceptAsync(cached -> {
                    cached.ifPresentOrElse(transcript::set, () -> status.set(i18n.get("history.status.failed", message(error))));
                    cached.ifPresent(ignored -> status.set(i18n.get("history.status.offline")));
                }, sources.fx());
            }
        }, sources.fx());
    }

    /** Writes the open transcript ({@code all} false) or every chat of the search to {@code file}, as {@code format} (text or csv). */
    public CompletableFuture<Void> export(boolean all, String format, Path file) {
        Transcript open = transcript.get();
        Long id = all || open == null ? null : open.chat().conversationId();
        return sources.api().export(id, searched, format, i18n.locale().toLanguageTag(), sources.zone().getId())
                .thenAccept(bytes -> {
                    try {
                        Files.write(file, bytes);
                    } catch (java.io.IOException e) {
                        throw new CompletionException(e);
                    }
                })
                .whenCompleteAsync((done, error) -> status.set(error == null ? i18n.get("history.status.exported", file.getFileName())
                        : i18n.get("history.status.failed", message(error))), sources.fx());
    }

    private void searchCached(long mine) {
        sources.cache().matching(searched, categoryAndBelow(searched.categoryId())).thenAcceptAsync(cached -> {
            if (mine != generation) {
                return;
            }
            results.setAll(cached.stream().map(Transcript::chat).toList());
            nextBefore = null;
            more.set(false);
            status.set(i18n.get("history.status.offline"));
        }, sources.fx());
    }

    /** The category and every one below it in the tree read from the server (as the server's search takes it). */
    private Set<Long> categoryAndBelow(Long categoryId) {
        Set<Long> found = new HashSet<>();
        if (categoryId == null) {
            return found;
        }
        found.add(categoryId);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (WrapUpCategory category : categories) {
                if (category.parentId() != null && found.contains(category.parentId())) {
                    grew |= found.add(category.id());
                }
            }
        }
        return found;
    }

    HistoryQuery query() {
        ZoneId zone = sources.zone();
        return new HistoryQuery(blankToNull(text.get()), blankToNull(visitor.get()), agent.get() == null ? null : agent.get().id(),
                group.get() == null ? null : group.get().id(), from.get() == null ? null : from.get().atStartOfDay(zone).toInstant(),
                to.get() == null ? null : to.get().plusDays(1).atStartOfDay(zone).toInstant(), rating.get(),
                category.get() == null ? null : category.get().id());
    }

    private static boolean unreachable(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause instanceof ServerUnreachableException;
    }

    private static String message(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public StringProperty text() {
        return text;
    }

    public StringProperty visitor() {
        return visitor;
    }

    public ObjectProperty<Agent> agent() {
        return agent;
    }

    public ObjectProperty<Group> group() {
        return group;
    }

    public ObjectProperty<LocalDate> from() {
        return from;
    }

    public ObjectProperty<LocalDate> to() {
        return to;
    }

    public ObjectProperty<Integer> rating() {
        return rating;
    }

    public ObjectProperty<WrapUpCategory> category() {
        return category;
    }

    public ObservableList<HistoryEntry> results() {
        return results;
    }

    public ObservableList<WrapUpCategory> categories() {
        return categories;
    }

    public BooleanProperty more() {
        return more;
    }

    public BooleanProperty busy() {
        return busy;
    }

    public StringProperty status() {
        return status;
    }

    public ObjectProperty<Transcript> transcript() {
        return transcript;
    }
}
