package dev.switchboard.app.push;

import dev.switchboard.app.net.ProblemException;
import dev.switchboard.app.net.ServerUnreachableException;
import dev.switchboard.app.platform.Disposer;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.Scheduler;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.push.NewPush;
import dev.switchboard.shared.push.NewSegment;
import dev.switchboard.shared.push.Push;
import dev.switchboard.shared.push.PushAudience;
import dev.switchboard.shared.push.PushKind;
import dev.switchboard.shared.push.PushRules;
import dev.switchboard.shared.push.Segment;
import dev.switchboard.shared.push.SegmentConditions;
import dev.switchboard.shared.visitors.Channel;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The push panel: who (a saved segment, or conditions given here, savable as a segment), how many
 * visitors match now, what (a message, or a card with a title, text, picture and link), and what
 * became of what was sent. The counts and the preview are read again every few seconds while the
 * panel shows. FX thread; the backend's answers come back to it.
 */
public final class PushViewModel {

    /** Visitors come and go: the preview and the counts are read again this often while the panel shows. */
    static final Duration REFRESH = Duration.ofSeconds(5);

    private final PushApi api;
    private final I18n i18n;
    private final Scheduler scheduler;
    private final Executor fx;

    private final ObservableList<Segment> segments = FXCollections.observableArrayList();
    private final ObjectProperty<Segment> segment = new SimpleObjectProperty<>();
    private final StringProperty site = new SimpleStringProperty("default");
    private final StringProperty urlPattern = new SimpleStringProperty("");
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>();
    private final StringProperty keyword = new SimpleStringProperty("");
    private final StringProperty customerLevel = new SimpleStringProperty("");
    private final ObservableList<String> levels;
    /** null: anyone; true: returning visitors; false: first visits. */
    private final ObjectProperty<Boolean> returning = new SimpleObjectProperty<>();
    private final StringProperty language = new SimpleStringProperty("");
    private final StringProperty segmentName = new SimpleStringProperty("");
    private final StringProperty previewText = new SimpleStringProperty("");
    private final ObjectProperty<PushKind> kind = new SimpleObjectProperty<>(PushKind.MESSAGE);
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty text = new SimpleStringProperty("");
    private final StringProperty imageUrl = new SimpleStringProperty("");
    private final StringProperty linkUrl = new SimpleStringProperty("");
    private final StringProperty error = new SimpleStringProperty("");
    private final StringProperty notice = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final ObservableList<Push> sent = FXCollections.observableArrayList();
    private Scheduler.Cancellable nextRefresh;
    private boolean active;
    /** Counts are asked for again and again: an answer older than the latest shown is dropped. */
    private long previewAsked;
    private long previewShown;

    /** @param levels the customer levels administrators configured, offered for the segment's level */
    PushViewModel(PushApi api, I18n i18n, Scheduler scheduler, ObservableList<String> levels, Executor fx) {
        this.api = api;
        this.levels = levels;
        this.i18n = i18n;
        this.scheduler = scheduler;
        this.fx = fx;
    }

    public void activate(Disposer disposer) {
        active = true;
        disposer.onDispose(() -> {
            active = false;
            if (nextRefresh != null) {
                nextRefresh.cancel();
            }
        });
        disposer.observe(segment, this::fill);
        loadSegments(null);
        refresh();
    }

    // --- what the panel shows and edits ---

    public ObservableList<Segment> segments() {
        return segments;
    }

    /** The saved segment picked; null while the conditions are the panel's own. */
    public ObjectProperty<Segment> segmentProperty() {
        return segment;
    }

    public StringProperty siteProperty() {
        return site;
    }

    public StringProperty urlPatternProperty() {
        return urlPattern;
    }

    public ObjectProperty<Channel> channelProperty() {
        return channel;
    }

    public StringProperty keywordProperty() {
        return keyword;
    }

    public StringProperty customerLevelProperty() {
        return customerLevel;
    }

    /** The configured levels to pick from; any label staff give visitors may be typed too, as the segment matches the label. */
    public ObservableList<String> levels() {
        return levels;
    }

    public ObjectProperty<Boolean> returningProperty() {
        return returning;
    }

    public StringProperty languageProperty() {
        return language;
    }

    public StringProperty segmentNameProperty() {
        return segmentName;
    }

    /** "12 visitors match now; 10 can still get a push today". */
    public StringProperty previewTextProperty() {
        return previewText;
    }

    public ObjectProperty<PushKind> kindProperty() {
        return kind;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty textProperty() {
        return text;
    }

    public StringProperty imageUrlProperty() {
        return imageUrl;
    }

    public StringProperty linkUrlProperty() {
        return linkUrl;
    }

    public StringProperty errorProperty() {
        return error;
    }

    /** What the last send did, e.g. "Sent to 3 visitors". */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    /** The pushes sent lately, newest first, with their counts. */
    public ObservableList<Push> sent() {
        return sent;
    }

    public I18n i18n() {
        return i18n;
    }

    // --- what the supervisor does ---

    /** Counts the visitors the conditions hold now. */
    public void preview() {
        PushAudience audience = audience();
        long asked = ++previewAsked;
        api.preview(audience).whenComplete((preview, failure) -> fx.execute(() -> {
            if (asked < previewShown) {
                return;
            }
            previewShown = asked;
            previewText.set(failure != null ? i18n.get("push.preview.failed")
                    : i18n.get("push.preview.count", preview.matching(), preview.reachable()));
        }));
    }

    /** Saves the conditions as a segment named as typed, and picks it. */
    public void saveSegment() {
        NewSegment request = new NewSegment(segmentName.get(), conditions());
        List<FieldError> wrong = PushRules.check(request);
        if (!wrong.isEmpty()) {
            error.set(fieldErrors(wrong));
            return;
        }
        run(api.saveSegment(request), saved -> {
            segmentName.set("");
            loadSegments(saved.id());
        });
    }

    /** Sends the message or card now to the visitors the conditions hold. */
    public void send() {
        PushAudience audience = audience();
        NewPush push = kind.get() == PushKind.MESSAGE
                ? new NewPush(audience.segmentId(), audience.conditions(), PushKind.MESSAGE, null, text.get(), null, null)
                : new NewPush(audience.segmentId(), audience.conditions(), PushKind.CARD, title.get(), text.get(), blank(imageUrl.get()),
                blank(linkUrl.get()));
        List<FieldError> wrong = PushRules.check(push);
        if (!wrong.isEmpty()) {
            error.set(fieldErrors(wrong));
            return;
        }
        run(api.send(push), done -> {
            notice.set(i18n.get("push.sent", done.counts().sent(), done.counts().skipped()));
            title.set("");
            text.set("");
            imageUrl.set("");
            linkUrl.set("");
            refresh();
        });
    }

    /** Reads the preview and the counts again; then again after {@link #REFRESH} while the panel shows. */
    public void refresh() {
        if (nextRefresh != null) {
            nextRefresh.cancel();
        }
        preview();
        api.recent().whenComplete((recent, failure) -> fx.execute(() -> {
            if (failure == null && !recent.equals(sent)) {
                sent.setAll(recent);
            }
        }));
        nextRefresh = scheduler.schedule(REFRESH, () -> fx.execute(() -> {
            if (active) {
                refresh();
            }
        }));
    }

    // --- helpers ---

    /** The saved segment by its id while the fields are still its conditions, otherwise the fields themselves. */
    private PushAudience audience() {
        SegmentConditions now = conditions();
        Segment picked = segment.get();
        return picked != null && PushRules.normalize(picked.conditions()).equals(now)
                ? new PushAudience(picked.id(), null) : new PushAudience(null, now);
    }

    private SegmentConditions conditions() {
        return PushRules.normalize(new SegmentConditions(site.get(), urlPattern.get(), channel.get(), keyword.get(), customerLevel.get(),
                returning.get(), language.get()));
    }

    private void fill(Segment picked) {
        if (picked == null) {
            return;
        }
        SegmentConditions c = picked.conditions();
        site.set(c.site());
        urlPattern.set(Objects.requireNonNullElse(c.urlPattern(), ""));
        channel.set(c.channel());
        keyword.set(Objects.requireNonNullElse(c.keyword(), ""));
        customerLevel.set(Objects.requireNonNullElse(c.customerLevel(), ""));
        returning.set(c.returning());
        language.set(Objects.requireNonNullElse(c.language(), ""));
        preview();
    }

    private void loadSegments(Long pick) {
        api.segments().whenComplete((list, failure) -> fx.execute(() -> {
            if (failure != null) {
                error.set(describe(failure));
                return;
            }
            segments.setAll(list);
            if (pick != null) {
                list.stream().filter(s -> s.id() == pick).findFirst().ifPresent(segment::set);
            }
        }));
    }

    private <T> void run(CompletableFuture<T> work, Consumer<T> done) {
        busy.set(true);
        error.set("");
        notice.set("");
        work.whenComplete((value, failure) -> fx.execute(() -> {
            busy.set(false);
            if (failure != null) {
                error.set(describe(failure));
            } else {
                done.accept(value);
            }
        }));
    }

    private String describe(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (cause instanceof ServerUnreachableException) {
            return i18n.get("push.error.unreachable");
        }
        if (cause instanceof ProblemException problem) {
            List<FieldError> errors = problem.problem().errors();
            return errors != null && !errors.isEmpty() ? fieldErrors(errors)
                    : i18n.get("push.error.refused", Objects.requireNonNullElse(problem.problem().detail(), problem.problem().title()));
        }
        return i18n.get("push.error.refused", String.valueOf(cause.getMessage()));
    }

    /** Each wrong field in the supervisor's language ({@code push.error.linkUrl}, ...). */
    private String fieldErrors(List<FieldError> errors) {
        return String.join(" ", errors.stream().map(wrong -> {
            String field = wrong.field().replaceFirst("^conditions\\.", "");
            return switch (field) {
                case "title", "text", "imageUrl", "linkUrl", "name", "site", "segmentId" -> i18n.get("push.error." + field);
                default -> i18n.get("push.error.other", field);
            };
        }).distinct().toList());
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
