package dev.switchboard.app.tickets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.tickets.Requester;
import dev.switchboard.shared.tickets.StatusKind;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketChannel;
import dev.switchboard.shared.tickets.TicketPatch;
import dev.switchboard.shared.tickets.TicketPriority;
import dev.switchboard.shared.tickets.TicketStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

/**
 * The pending reminder as the agent types it: offered only while the chosen status waits (an
 * administrator's own waiting status too), read and typed in the agent's zone, sent only when it
 * differs from the version read; a day without a time, an unreadable time or a time not later than
 * now is refused with a message in the agent's language and what was typed stays.
 */
class PendingReminderEditTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final Instant NOW = Instant.parse("2026-12-07T02:00:00Z"); // 10:00 in Shanghai
    private final MutableClock clock = new MutableClock(NOW);
    private final SimpleObjectProperty<String> status = new SimpleObjectProperty<>("open");
    private final TicketTerms terms = new TicketTerms(List.of(
            new TicketStatus("open", "Open", "处理中", StatusKind.OPEN, false, 2, true, 1),
            new TicketStatus("pending", "Pending", "待处理", StatusKind.WAITING, true, 3, true, 1),
            new TicketStatus("waiting_parts", "Waiting for parts", "等配件", StatusKind.WAITING, true, 4, false, 1)), List.of(), TeamSnapshot.EMPTY);
    private final PendingReminderEdit reminder = new PendingReminderEdit(status, new SimpleObjectProperty<>(terms), new I18n(Locale.ENGLISH));

    @Test
    void offeredWhileTheChosenStatusWaitsAndSentInTheAgentsZone() {
        reminder.tellTime(clock, SHANGHAI);
        Ticket open = ticket("open", null);
        reminder.show(open);
        assertThat(reminder.offeredProperty().get()).isFalse();
        reminder.date.set(LocalDate.of(2026, 12, 8));
        reminder.time.set("9:30");
        assertThat(reminder.changed()).as("not for a status that does not wait").isFalse();
        assertThat(reminder.addTo(null, open)).isNull();

        status.set("waiting_parts");
        assertThat(reminder.offeredProperty().get()).as("an administrator's waiting status").isTrue();
        assertThat(reminder.check()).isEmpty();
        TicketPatch patch = reminder.addTo(TicketPatch.status(4, "waiting_parts"), open);
        assertThat(patch.status()).isEqualTo("waiting_parts");
        assertThat(patch.pendingUntil()).as("9:30 in Shanghai").contains(Instant.parse("2026-12-08T01:30:00Z"));
    }

    @Test
    void aReminderReadIsShownInTheAgentsZoneAndClearedOrLeftAsItIs() {
        reminder.tellTime(clock, SHANGHAI);
        status.set("pending");
        Ticket waiting = ticket("pending", Instant.parse("2026-12-08T06:00:00Z"));
        reminder.show(waiting);
        assertThat(reminder.date.get()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(reminder.time.get()).isEqualTo("14:00");
        assertThat(reminder.changed()).isFalse();
        reminder.time.set(" 14:00 ");
        assertThat(reminder.changed()).as("the same time, typed with spaces").isFalse();
        reminder.time.set("1400");
        assertThat(reminder.addTo(null, waiting)).as("the same moment").isNull();

        reminder.clear();
        assertThat(reminder.check()).isEmpty();
        TicketPatch cleared = reminder.addTo(null, waiting);
        assertThat(cleared.version()).isEqualTo(4);
        assertThat(cleared.named()).containsExactly("pendingUntil");
        assertThat(cleared.pendingUntil()).as("cleared").isEqualTo(Optional.empty());
    }

    @Test
    void whatCannotBeSentIsNamedAndKeptAsTyped() {
        reminder.tellTime(clock, SHANGHAI);
        status.set("pending");
        reminder.show(ticket("pending", null));

        reminder.time.set("9:30");
        assertThat(messages(reminder.check())).containsExactly("Choose the day of the reminder too");
        reminder.date.set(LocalDate.of(2026, 12, 8));
        reminder.time.set("half past nine");
        assertThat(messages(reminder.check())).containsExactly("A time of day such as 9:30 or 14:00");
        assertThat(reminder.time.get()).as("kept as typed").isEqualTo("half past nine");
        reminder.time.set("25:00");
        assertThat(messages(reminder.check())).containsExactly("A time of day such as 9:30 or 14:00");

        reminder.date.set(LocalDate.of(2026, 12, 7));
        reminder.time.set("9:59");
        assertThat(messages(reminder.check())).as("earlier today in Shanghai").containsExactly("Choose a time later than now");
        reminder.time.set("10:00");
        assertThat(messages(reminder.check())).as("now is not later").containsExactly("Choose a time later than now");
        reminder.time.set("10:01");
        assertThat(reminder.check()).isEmpty();
        clock.advance(java.time.Duration.ofMinutes(2));
        assertThat(messages(reminder.check())).as("judged by the clock at the save").containsExactly("Choose a time later than now");
    }

    @Test
    void timesOfDayAsAgentsTypeThem() {
        assertThat(PendingReminderEdit.parseTime("9:30")).contains(LocalTime.of(9, 30));
        assertThat(PendingReminderEdit.parseTime("09.30")).contains(LocalTime.of(9, 30));
        assertThat(PendingReminderEdit.parseTime("14：05")).as("a full-width colon").contains(LocalTime.of(14, 5));
        assertThat(PendingReminderEdit.parseTime("930")).contains(LocalTime.of(9, 30));
        assertThat(PendingReminderEdit.parseTime("23:59:30")).contains(LocalTime.of(23, 59, 30));
        assertThat(PendingReminderEdit.parseTime("24:00")).isEmpty();
        assertThat(PendingReminderEdit.parseTime("9:60")).isEmpty();
        assertThat(PendingReminderEdit.parseTime("")).isEmpty();
        assertThat(PendingReminderEdit.parseTime(null)).isEmpty();
    }

    private static List<String> messages(List<FieldError> errors) {
        assertThat(errors).extracting(FieldError::field).containsOnly("pendingUntil");
        return errors.stream().map(FieldError::message).toList();
    }

    private static Ticket ticket(String status, Instant pendingUntil) {
        Instant at = Instant.parse("2026-12-07T01:00:00Z");
        return new Ticket(3, "T-20261207-0003", "打印机卡纸", null, new Requester(1, "Li", "li@example.cn", null, null), null, TicketPriority.NORMAL,
                status, null, null, TicketChannel.PHONE, List.of(), null, null, List.of(), Map.of(), 4, null, at, at, null, pendingUntil);
    }
}
