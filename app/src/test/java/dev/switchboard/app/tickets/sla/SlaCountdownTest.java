package dev.switchboard.app.tickets.sla;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sla.TicketSlaStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The countdown and its urgency at instants the test chooses: the clock is injected, nothing waits. */
class SlaCountdownTest {

    private static final Instant EVALUATED = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant WARN = Instant.parse("2026-12-07T02:48:00Z");
    private static final Instant DUE = Instant.parse("2026-12-07T03:00:00Z");

    @Test
    void countsDownToTheNextDueTargetAndTurnsWarningThenBreachedAsTimePasses() {
        TicketSlaStatus sla = status(SlaState.RUNNING, new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.RUNNING, 60, 0, 0, WARN, DUE, null),
                new SlaTargetClock(SlaTarget.SOLUTION, SlaState.RUNNING, 240, 0, 0, DUE.plusSeconds(10_000), DUE.plusSeconds(12_000), null));

        SlaCountdown early = SlaCountdown.of(sla, EVALUATED.plusSeconds(1));
        assertThat(early.urgency()).isEqualTo(SlaUrgency.OK);
        assertThat(early.target()).as("the soonest due").isEqualTo(SlaTarget.FIRST_RESPONSE);
        assertThat(early.left()).isEqualTo(Duration.ofMinutes(60).minusSeconds(1));

        assertThat(SlaCountdown.of(sla, WARN.minusSeconds(1)).urgency()).isEqualTo(SlaUrgency.OK);
        assertThat(SlaCountdown.of(sla, WARN).urgency()).as("at the warning instant, before the backend says so").isEqualTo(SlaUrgency.WARNING);
        assertThat(SlaCountdown.of(sla, DUE.minusSeconds(1)).urgency()).isEqualTo(SlaUrgency.WARNING);
        SlaCountdown late = SlaCountdown.of(sla, DUE.plusSeconds(90));
        assertThat(late.urgency()).isEqualTo(SlaUrgency.BREACHED);
        assertThat(late.left()).isEqualTo(Duration.ofSeconds(-90));
        assertThat(late.atRisk()).isTrue();
    }

    @Test
    void theBackendsMoreUrgentWordWinsOverALaggingLocalClock() {
        TicketSlaStatus breached = status(SlaState.BREACHED,
                new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, 60, 60, 0, WARN, DUE, null));
        assertThat(SlaCountdown.of(breached, EVALUATED).urgency()).isEqualTo(SlaUrgency.BREACHED);
        TicketSlaStatus warned = status(SlaState.WARNING, new SlaTargetClock(SlaTarget.UPDATE, SlaState.WARNING, 60, 50, 0, WARN, DUE, null));
        assertThat(SlaCountdown.of(warned, EVALUATED).urgency()).isEqualTo(SlaUrgency.WARNING);
    }

    @Test
    void pausedMetMissedAndNoPolicyShowNoCountdown() {
        assertThat(SlaCountdown.of(null, EVALUATED).urgency()).isEqualTo(SlaUrgency.NONE);
        assertThat(SlaCountdown.of(new TicketSlaStatus(null, null, null, null, List.of(), EVALUATED), EVALUATED).urgency())
                .isEqualTo(SlaUrgency.NONE);
        TicketSlaStatus paused = status(SlaState.PAUSED, new SlaTargetClock(SlaTarget.SOLUTION, SlaState.PAUSED, 60, 10, 5, null, null, null));
        assertThat(SlaCountdown.of(paused, EVALUATED).urgency()).isEqualTo(SlaUrgency.PAUSED);
        TicketSlaStatus met = status(SlaState.MET, new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.MET, 60, 10, 0, WARN, DUE, EVALUATED));
        assertThat(SlaCountdown.of(met, DUE.plusSeconds(1)).urgency()).as("stopped in time stays met").isEqualTo(SlaUrgency.MET);
        TicketSlaStatus missed = status(SlaState.BREACHED,
                new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.BREACHED, 60, 70, 0, WARN, DUE, DUE.plusSeconds(600)));
        SlaCountdown answeredLate = SlaCountdown.of(missed, DUE.plusSeconds(900));
        assertThat(answeredLate.urgency()).isEqualTo(SlaUrgency.BREACHED);
        assertThat(answeredLate.due()).as("nothing owed: no countdown").isNull();
        assertThat(answeredLate.atRisk()).isFalse();
    }

    @Test
    void theWordsSayTheUrgencyNotOnlyTheColour() {
        I18n english = new I18n(Locale.ENGLISH);
        I18n chinese = new I18n(Locale.SIMPLIFIED_CHINESE);
        TicketSlaStatus sla = status(SlaState.RUNNING, new SlaTargetClock(SlaTarget.FIRST_RESPONSE, SlaState.RUNNING, 60, 0, 0, WARN, DUE, null));
        assertThat(SlaWords.describe(SlaCountdown.of(sla, EVALUATED), english)).isEqualTo("1:00:00 left");
        assertThat(SlaWords.describe(SlaCountdown.of(sla, DUE.minusSeconds(61)), english)).isEqualTo("At risk · 0:01:01 left");
        assertThat(SlaWords.describe(SlaCountdown.of(sla, DUE.plusSeconds(3725)), english)).isEqualTo("Breached · 1:02:05 over");
        assertThat(SlaWords.describe(SlaCountdown.of(sla, DUE.plusSeconds(3725)), chinese)).isEqualTo("已超时 · 超出 1:02:05");
        assertThat(SlaWords.describe(SlaCountdown.of(sla, EVALUATED.minus(Duration.ofHours(50))), english)).isEqualTo("2d 3h left");
    }

    private static TicketSlaStatus status(SlaState state, SlaTargetClock... clocks) {
        return new TicketSlaStatus(1L, "Standard", state, DUE, List.of(clocks), EVALUATED);
    }
}
