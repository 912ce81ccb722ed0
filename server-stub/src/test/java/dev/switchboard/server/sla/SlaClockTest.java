package dev.switchboard.server.sla;

import static dev.switchboard.server.sla.SlaFixtures.at;
import static dev.switchboard.server.sla.SlaFixtures.nineToSix;
import static dev.switchboard.server.sla.SlaFixtures.officeWeek;
import static dev.switchboard.server.sla.SlaFixtures.policy;
import static dev.switchboard.server.sla.SlaFixtures.ticket;
import static dev.switchboard.server.sla.SlaTicketEvent.agentReply;
import static dev.switchboard.server.sla.SlaTicketEvent.paused;
import static dev.switchboard.server.sla.SlaTicketEvent.solved;
import static dev.switchboard.server.sla.SlaTicketEvent.working;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.hours.BusinessCalendar;
import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** First response and solution clocks: business time, warnings, breaches, pauses, policy and calendar changes, reopening. */
class SlaClockTest {

    static SlaTargetClock clock(SlaTicket ticket, SlaPolicy policy, BusinessCalendar calendar, Instant now, SlaTarget target) {
        return SlaClock.evaluate(ticket, policy, calendar, now).target(target).orElseThrow();
    }

    @Test
    void aFirstResponseTargetCountsOnlyBusinessHoursAndIsMetByTheFirstAgentReply() {
        SlaPolicy policy = policy(60, null, null, null);
        SlaTicket waiting = ticket(at("2027-03-01T17:30:00"));

        SlaEvaluation evening = SlaClock.evaluate(waiting, policy, nineToSix(), at("2027-03-01T20:00:00"));
        SlaTargetClock first = evening.target(SlaTarget.FIRST_RESPONSE).orElseThrow();
        assertThat(first.state()).isEqualTo(SlaState.RUNNING);
        assertThat(first.elapsedMinutes()).as("17:30 to closing").isEqualTo(30);
        assertThat(first.dueAt()).isEqualTo(at("2027-03-02T09:30:00"));
        assertThat(first.warningAt()).as("80 % is 48 business minutes, not 48 minutes on the wall clock").isEqualTo(at("2027-03-02T09:18:00"));
        assertThat(evening.nextEventAt()).isEqualTo(at("2027-03-02T09:18:00"));
        assertThat(evening.earliestDue()).isEqualTo(at("2027-03-02T09:30:00"));

        assertThat(clock(waiting, policy, nineToSix(), at("2027-03-02T09:20:00"), SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.WARNING);
        SlaTicket answered = ticket(at("2027-03-01T17:30:00"), agentReply(at("2027-03-02T09:25:00")));
        SlaEvaluation later = SlaClock.evaluate(answered, policy, nineToSix(), at("2027-03-05T12:00:00"));
        SlaTargetClock met = later.target(SlaTarget.FIRST_RESPONSE).orElseThrow();
        assertThat(met.state()).isEqualTo(SlaState.MET);
        assertThat(met.elapsedMinutes()).isEqualTo(55);
        assertThat(met.stoppedAt()).isEqualTo(at("2027-03-02T09:25:00"));
        assertThat(met.dueAt()).as("never reached").isNull();
        assertThat(later.nextEventAt()).isNull();
        assertThat(later.events()).extracting(SlaEvent::kind).containsExactly(SlaEvent.Kind.WARNING);
    }

    @Test
    void aTargetIsBreachedFromItsDueInstantAndAReplyExactlyThenStillMeetsIt() {
        SlaPolicy policy = policy(60, null, null, null);
        Instant created = at("2027-03-01T10:00:00");
        Instant due = at("2027-03-01T11:00:00");

        assertThat(clock(ticket(created), policy, nineToSix(), due.minusMillis(1), SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.WARNING);
        assertThat(clock(ticket(created), policy, nineToSix(), due, SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.BREACHED);
        assertThat(clock(ticket(created, agentReply(due)), policy, nineToSix(), due, SlaTarget.FIRST_RESPONSE).state()).isEqualTo(SlaState.MET);

        SlaTicket late = ticket(created, agentReply(at("2027-03-01T11:05:00")));
        SlaEvaluation evaluation = SlaClock.evaluate(late, policy, nineToSix(), at("2027-03-01T12:00:00"));
        SlaTargetClock first = evaluation.target(SlaTarget.FIRST_RESPONSE).orElseThrow();
        assertThat(first.state()).as("answered late stays breached").isEqualTo(SlaState.BREACHED);
        assertThat(first.dueAt()).isEqualTo(due);
        assertThat(evaluation.events()).extracting(event -> event.kind() + "@" + event.at())
                .containsExactly("WARNING@" + at("2027-03-01T10:48:00"), "BREACH@" + due);
    }

    @Test
    void warningsAndBreachesFallInsideBusinessHoursOverAWeekendAndALunchBreak() {
        SlaPolicy policy = policy(120, null, null, null);
        // 2027-03-05 is a Friday: 1 h on Friday, the weekend closed, the rest on Monday
        SlaEvaluation friday = SlaClock.evaluate(ticket(at("2027-03-05T17:00:00")), policy, officeWeek(), at("2027-03-05T17:30:00"));
        assertThat(friday.events()).extracting(event -> event.kind() + "@" + event.at())
                .containsExactly("WARNING@" + at("2027-03-08T09:36:00"), "BREACH@" + at("2027-03-08T10:00:00"));

        // 11:00 plus 2 h: one hour to lunch, the second after it
        SlaEvaluation morning = SlaClock.evaluate(ticket(at("2027-03-01T11:00:00")), policy, officeWeek(), at("2027-03-01T11:00:00"));
        assertThat(morning.target(SlaTarget.FIRST_RESPONSE).orElseThrow().dueAt()).isEqualTo(at("2027-03-01T14:30:00"));
        assertThat(morning.target(SlaTarget.FIRST_RESPONSE).orElseThrow().warningAt()).isEqualTo(at("2027-03-01T14:06:00"));
    }

    @Test
    void aTwentyFourSevenPolicyCountsThroughMidnight() {
        SlaPolicy policy = policy(10, null, null, null);
        SlaTicket ticket = ticket(at("2027-03-01T23:55:00"));
        SlaTargetClock always = clock(ticket, policy, BusinessCalendar.alwaysOpen(), at("2027-03-02T00:00:00"), SlaTarget.FIRST_RESPONSE);
        assertThat(always.dueAt()).isEqualTo(at("2027-03-02T00:05:00"));
        assertThat(always.elapsedMinutes()).isEqualTo(5);
        assertThat(always.state()).isEqualTo(SlaState.RUNNING);
        assertThat(clock(ticket, policy, BusinessCalendar.alwaysOpen(), at("2027-03-02T00:04:00"), SlaTarget.FIRST_RESPONSE).state())
                .isEqualTo(SlaState.WARNING);
    }

    @Test
    void aPausingStatusStopsTheClockAndTheDueTimeMovesByThePause() {
        SlaPolicy policy = policy(null, null, null, 240);
        SlaTicket pending = ticket(at("2027-03-01T09:00:00"), paused(at("2027-03-01T10:00:00")));

        SlaEvaluation whilePaused = SlaClock.evaluate(pending, policy, nineToSix(), at("2027-03-01T13:00:00"));
        SlaTargetClock solution = whilePaused.target(SlaTarget.SOLUTION).orElseThrow();
        assertThat(solution.state()).isEqualTo(SlaState.PAUSED);
        assertThat(solution.elapsedMinutes()).isEqualTo(60);
        assertThat(solution.pausedMinutes()).isEqualTo(180);
        assertThat(solution.dueAt()).as("no due time while nothing counts").isNull();
        assertThat(whilePaused.nextEventAt()).isNull();
        assertThat(whilePaused.earliestDue()).isNull();

        SlaTicket resumed = ticket(at("2027-03-01T09:00:00"), paused(at("2027-03-01T10:00:00")), working(at("2027-03-01T14:00:00")));
        SlaTargetClock running = clock(resumed, policy, nineToSix(), at("2027-03-01T15:00:00"), SlaTarget.SOLUTION);
        assertThat(running.state()).isEqualTo(SlaState.RUNNING);
        assertThat(running.elapsedMinutes()).isEqualTo(120);
        assertThat(running.pausedMinutes()).isEqualTo(240);
        assertThat(running.dueAt()).as("4 h of work, 4 h paused in between").isEqualTo(at("2027-03-01T17:00:00"));
        assertThat(running.warningAt()).isEqualTo(at("2027-03-01T16:12:00"));
    }

    @Test
    void aPauseOutsideBusinessHoursCostsNoBusinessTime() {
        SlaPolicy policy = policy(null, null, null, 120);
        SlaTicket overnight = ticket(at("2027-03-01T17:00:00"), paused(at("2027-03-01T17:30:00")), working(at("2027-03-02T08:00:00")));
        SlaTargetClock solution = clock(overnight, policy, nineToSix(), at("2027-03-02T09:30:00"), SlaTarget.SOLUTION);
        assertThat(solution.pausedMinutes()).as("17:30 to 18:00 only").isEqualTo(30);
        assertThat(solution.elapsedMinutes()).isEqualTo(60);
        assertThat(solution.dueAt()).isEqualTo(at("2027-03-02T10:30:00"));
    }

    @Test
    void aTicketCreatedInAPausingStatusWaitsUntilItLeavesIt() {
        Instant created = at("2027-03-01T09:00:00");
        SlaTicket onHold = ticket(created, paused(created));
        SlaEvaluation evaluation = SlaClock.evaluate(onHold, policy(60, null, null, 480), nineToSix(), at("2027-03-01T17:00:00"));
        assertThat(evaluation.targets()).extracting(SlaTargetClock::state).containsOnly(SlaState.PAUSED);
        assertThat(evaluation.targets()).extracting(SlaTargetClock::elapsedMinutes).containsOnly(0L);
        assertThat(evaluation.nextEventAt()).isNull();
    }

    @Test
    void changingThePolicyOrTheCalendarRecomputesTheTargetsAndKeepsThePausedTime() {
        SlaTicket ticket = ticket(at("2027-03-01T09:00:00"), paused(at("2027-03-01T10:00:00")), working(at("2027-03-01T14:00:00")));
        Instant now = at("2027-03-01T15:00:00");

        SlaTargetClock before = clock(ticket, policy(null, null, null, 240), nineToSix(), now, SlaTarget.SOLUTION);
        SlaTargetClock longer = clock(ticket, policy(null, null, null, 480), nineToSix(), now, SlaTarget.SOLUTION);
        assertThat(longer.pausedMinutes()).isEqualTo(before.pausedMinutes()).isEqualTo(240);
        assertThat(longer.elapsedMinutes()).isEqualTo(before.elapsedMinutes()).isEqualTo(120);
        assertThat(longer.dueAt()).as("6 h left: 3 h today, 3 h tomorrow").isEqualTo(at("2027-03-02T12:00:00"));

        SlaTargetClock shorter = clock(ticket, policy(null, null, null, 90), nineToSix(), now, SlaTarget.SOLUTION);
        assertThat(shorter.state()).as("the new target was used up before the change").isEqualTo(SlaState.BREACHED);
        assertThat(shorter.dueAt()).as("where the counted time reached 90 minutes").isEqualTo(at("2027-03-01T14:30:00"));

        SlaTargetClock aroundTheClock = clock(ticket, policy(null, null, null, 480), BusinessCalendar.alwaysOpen(), now, SlaTarget.SOLUTION);
        assertThat(aroundTheClock.pausedMinutes()).isEqualTo(240);
        assertThat(aroundTheClock.dueAt()).as("7 h left from 14:00").isEqualTo(at("2027-03-01T21:00:00"));
    }

    @Test
    void aReopenedTicketsSolutionClockResumesAndItsFirstResponseStaysMet() {
        SlaPolicy policy = policy(60, null, null, 600);
        Instant created = at("2027-03-01T00:00:00");
        SlaTicket solvedOnce = ticket(created, agentReply(at("2027-03-01T00:30:00")), solved(at("2027-03-01T02:00:00")));
        SlaEvaluation whileSolved = SlaClock.evaluate(solvedOnce, policy, BusinessCalendar.alwaysOpen(), at("2027-03-01T09:00:00"));
        assertThat(whileSolved.target(SlaTarget.SOLUTION).orElseThrow().state()).isEqualTo(SlaState.MET);
        assertThat(whileSolved.target(SlaTarget.SOLUTION).orElseThrow().stoppedAt()).isEqualTo(at("2027-03-01T02:00:00"));
        assertThat(whileSolved.nextEventAt()).isNull();

        SlaTicket reopened = ticket(created, agentReply(at("2027-03-01T00:30:00")), solved(at("2027-03-01T02:00:00")),
                working(at("2027-03-01T10:00:00")));
        SlaEvaluation evaluation = SlaClock.evaluate(reopened, policy, BusinessCalendar.alwaysOpen(), at("2027-03-01T11:00:00"));
        SlaTargetClock solution = evaluation.target(SlaTarget.SOLUTION).orElseThrow();
        assertThat(solution.state()).isEqualTo(SlaState.RUNNING);
        assertThat(solution.elapsedMinutes()).as("2 h before solving, 1 h since reopening").isEqualTo(180);
        assertThat(solution.pausedMinutes()).as("solved time is not a pause").isZero();
        assertThat(solution.stoppedAt()).isNull();
        assertThat(solution.dueAt()).isEqualTo(at("2027-03-01T18:00:00"));
        SlaTargetClock first = evaluation.target(SlaTarget.FIRST_RESPONSE).orElseThrow();
        assertThat(first.state()).isEqualTo(SlaState.MET);
        assertThat(first.stoppedAt()).isEqualTo(at("2027-03-01T00:30:00"));

        SlaTicket solvedAgain = ticket(created, agentReply(at("2027-03-01T00:30:00")), solved(at("2027-03-01T02:00:00")),
                working(at("2027-03-01T10:00:00")), solved(at("2027-03-01T19:00:00")));
        SlaTargetClock late = clock(solvedAgain, policy, BusinessCalendar.alwaysOpen(), at("2027-03-02T00:00:00"), SlaTarget.SOLUTION);
        assertThat(late.state()).isEqualTo(SlaState.BREACHED);
        assertThat(late.stoppedAt()).isEqualTo(at("2027-03-01T19:00:00"));
    }

    @Test
    void solvingBeforeAnyReplyEndsTheFirstResponseTargetForGood() {
        SlaPolicy policy = policy(60, null, null, null);
        Instant created = at("2027-03-01T10:00:00");
        SlaTicket ticket = ticket(created, solved(at("2027-03-01T10:40:00")), working(at("2027-03-01T11:00:00")));
        SlaTargetClock first = clock(ticket, policy, nineToSix(), at("2027-03-01T15:00:00"), SlaTarget.FIRST_RESPONSE);
        assertThat(first.state()).isEqualTo(SlaState.MET);
        assertThat(first.stoppedAt()).isEqualTo(at("2027-03-01T10:40:00"));
    }

    @Test
    void aBreachBeforeAPauseStaysABreachWhilePaused() {
        SlaPolicy policy = policy(null, null, null, 60);
        SlaTicket ticket = ticket(at("2027-03-01T09:00:00"), paused(at("2027-03-01T11:00:00")));
        SlaTargetClock solution = clock(ticket, policy, nineToSix(), at("2027-03-01T12:00:00"), SlaTarget.SOLUTION);
        assertThat(solution.state()).isEqualTo(SlaState.BREACHED);
        assertThat(solution.dueAt()).isEqualTo(at("2027-03-01T10:00:00"));
    }

    @Test
    void eventsBeforeTheEvaluatedInstantOnlyCount() {
        SlaPolicy policy = policy(60, null, null, null);
        SlaTicket ticket = ticket(at("2027-03-01T09:00:00"), agentReply(at("2027-03-01T09:30:00")));
        assertThat(clock(ticket, policy, nineToSix(), at("2027-03-01T09:20:00"), SlaTarget.FIRST_RESPONSE).state())
                .as("the reply has not happened yet at 09:20").isEqualTo(SlaState.RUNNING);
    }
}
