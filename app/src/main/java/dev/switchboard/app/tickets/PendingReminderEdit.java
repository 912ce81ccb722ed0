package dev.switchboard.app.tickets;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketRules;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;

/**
 * The open ticket's pending reminder as the agent has it ("Remind me on"): a day and a time of day in
 * the agent's zone, offered while the chosen status is one that waits (kind WAITING: pending, on
 * hold, and those administrators add). What is typed stays as typed until the ticket is shown again;
 * a save sends it with the other fields when it differs from the version read. With a status that
 * does not wait nothing is sent: the backend clears the reminder when the ticket stops waiting. FX thread.
 */
final class PendingReminderEdit {

    /** "9:30", "09:30", "9.30", "930" and "9:30:00" are all half past nine. */
    private static final Pattern TIME = Pattern.compile("\\s*(\\d{1,2})\\s*[:：.]?\\s*(\\d{2})(?:\\s*[:：]\\s*(\\d{2}))?\\s*");
    private static final DateTimeFormatter SHOWN_TIME = DateTimeFormatter.ofPattern("HH:mm");

    final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    final StringProperty time = new SimpleStringProperty("");
    private final ObservableValue<TicketTerms> terms;
    private final I18n i18n;
    private final BooleanBinding offered;
    private LocalDate shownDate;
    private String shownTime = "";
    private Clock clock = Clock.systemUTC();
    private ZoneId zone = ZoneId.systemDefault();

    PendingReminderEdit(ObservableValue<String> status, ObservableValue<TicketTerms> terms, I18n i18n) {
        this.terms = terms;
        this.i18n = i18n;
        this.offered = Bindings.createBooleanBinding(() -> waits(status.getValue()), status, terms);
    }

    /** The clock "later than now" is judged by and the zone the agent reads and types times in. */
    void tellTime(Clock now, ZoneId agentsZone) {
        this.clock = now;
        this.zone = agentsZone;
    }

    ZoneId zone() {
        return zone;
    }

    /** Whether the chosen status waits, so a reminder belongs to it. */
    BooleanBinding offeredProperty() {
        return offered;
    }

    /** Every value a "changed" binding follows. */
    Observable[] all() {
        return new Observable[] {date, time, offered};
    }

    /** Shows {@code ticket}'s reminder, dropping what was typed. */
    void show(Ticket ticket) {
        Instant at = ticket.pendingUntil();
        shownDate = at == null ? null : at.atZone(zone).toLocalDate();
        shownTime = at == null ? "" : SHOWN_TIME.format(at.atZone(zone));
        date.set(shownDate);
        time.set(shownTime);
    }

    /** Takes the reminder off (sent as cleared when the version read had one). */
    void clear() {
        date.set(null);
        time.set("");
    }

    /** Whether the agent typed another reminder than the version read has, for a status that waits. */
    boolean changed() {
        return offered.get() && (!Objects.equals(date.get(), shownDate) || !Objects.equals(blankIfNull(time.get()).strip(), shownTime));
    }

    /** What is wrong with the reminder as typed, worded for the agent; empty when it can be sent (or is not to be). */
    List<FieldError> check() {
        if (!changed()) {
            return List.of();
        }
        boolean noTime = blankIfNull(time.get()).isBlank();
        if (date.get() == null && noTime) {
            return List.of();
        }
        if (date.get() == null) {
            return wrong("tickets.reminder.error.day");
        }
        Optional<LocalTime> at = parseTime(time.get());
        if (at.isEmpty()) {
            return wrong("tickets.reminder.error.time");
        }
        Instant wanted = date.get().atTime(at.get()).atZone(zone).toInstant();
        return TicketRules.checkReminder(withReminder(null, 0, Optional.of(wanted)), clock.instant()).isEmpty()
                ? List.of() : wrong("tickets.reminder.error.past");
    }

    /** {@code patch} with the reminder when the agent changed it (a new change from {@code base} when {@code patch} is null); call after {@link #check}. */
    TicketPatch addTo(TicketPatch patch, Ticket base) {
        if (!changed()) {
            return patch;
        }
        Optional<Instant> wanted = date.get() == null ? Optional.empty()
                : Optional.of(date.get().atTime(parseTime(time.get()).orElseThrow()).atZone(zone).toInstant());
        if (Objects.equals(wanted.orElse(null), base.pendingUntil())) {
            return patch;
        }
        return withReminder(patch, base.version(), wanted);
    }

    /** The reminder as a time of day typed: 24-hour, minutes always given. */
    static Optional<LocalTime> parseTime(String typed) {
        Matcher matcher = TIME.matcher(blankIfNull(typed));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            int seconds = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
            return Optional.of(LocalTime.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)), seconds));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean waits(String status) {
        TicketStatus known = status == null || terms.getValue() == null ? null : terms.getValue().statuses().get(status);
        return known != null && known.kind() == StatusKind.WAITING;
    }

    private List<FieldError> wrong(String key) {
        return List.of(new FieldError("pendingUntil", i18n.get(key)));
    }

    private static TicketPatch withReminder(TicketPatch patch, long version, Optional<Instant> reminder) {
        if (patch == null) {
            return new TicketPatch(version, null, null, null, null, null, null, null, null, null, null, null, reminder);
        }
        return new TicketPatch(patch.version(), patch.subject(), patch.description(), patch.categoryId(), patch.priority(), patch.status(),
                patch.assigneeId(), patch.groupId(), patch.tags(), patch.parentId(), patch.relatedIds(), patch.customFields(), reminder);
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
