package dev.switchboard.server.sla;

import static dev.switchboard.server.sla.SlaFixtures.at;
import static dev.switchboard.server.sla.SlaFixtures.nineToSix;
import static dev.switchboard.server.sla.SlaFixtures.policy;
import static dev.switchboard.server.sla.SlaFixtures.ticket;
import static dev.switchboard.server.sla.SlaTicketEvent.agentReply;
import static dev.switchboard.server.sla.SlaTicketEvent.customerMessage;
import static dev.switchboard.server.sla.SlaTicketEvent.paused;
import static dev.switchboard.server.sla.SlaTicketEvent.solved;
import static dev.switchboard.server.sla.SlaTicketEvent.working;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.sla.SlaPolicy;
import dev.switchboard.shared.sla.SlaState;
import dev.switchboard.shared.sla.SlaTarget;
import dev.switchboard.shared.sla.SlaTargetClock;
import dev.switchboard.shared.sla.SlaUpdateMode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The update target in both modes: it starts only after the first response, restarts, pauses, and survives reopening. */
class SlaUpdateClockTest {

    static final Instant CREATED = at("2027-03-01T09:00:00");

    static SlaTargetClock update(SlaTicket ticket, SlaPolicy policy, Instant now) {
        return SlaClock.evaluate(ticket, policy, nineToSix(), now).target(SlaTarget.UPDATE).orElseThrow();
    }

    @Test
    void theUpdateTargetNeverOverrulesTheFirstResponse() {
        // a 30-minute update target and a 2-hour first response: at 10:00 nothing is breached
        SlaPolicy policy = policy(120, 30, SlaUpdateMode.BETWEEN_AGENT_UPDATES, null);
        SlaEvaluation unanswered = SlaClock.evaluate(ticket(CREATED, customerMessage(at("2027-03-01T09:10:00"))), policy, nineToSix(),
                at("2027-03-01T10:00:00"));
        assertThat(unanswered.target(SlaTarget.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.RUNNING);
        assertThat(unanswered.target(SlaTarget.UPDATE).orElseThrow().state()).isEqualTo(SlaState.INACTIVE);
        assertThat(unanswered.target(SlaTarget.UPDATE).orElseThrow().dueAt()).isNull();
        assertThat(unanswered.earliestDue()).isEqualTo(at("2027-03-01T11:00:00"));
        assertThat(unanswered.nextEventAt()).as("the first response's warning").isEqualTo(at("2027-03-01T10:36:00"));
        assertThat(unanswered.events()).extracting(SlaEvent::target).containsOnly(SlaTarget.FIRST_RESPONSE);

        SlaEvaluation answered = SlaClock.evaluate(ticket(CREATED, agentReply(at("2027-03-01T10:00:00"))), policy, nineToSix(),
                at("2027-03-01T10:10:00"));
        assertThat(answered.target(SlaTarget.FIRST_RESPONSE).orElseThrow().state()).isEqualTo(SlaState.MET);
        SlaTargetClock update = answered.target(SlaTarget.UPDATE).orElseThrow();
        assertThat(update.state()).isEqualTo(SlaState.RUNNING);
        assertThat(update.dueAt()).as("from the first response on").isEqualTo(at("2027-03-01T10:30:00"));
    }

    @Test
    void betweenAgentUpdatesTheClockRestartsAtEveryReplyWhetherTheCustomerWroteOrNot() {
        SlaPolicy policy = policy(null, 60, SlaUpdateMode.BETWEEN_AGENT_UPDATES, null);
        SlaTicket ticket = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), agentReply(at("2027-03-01T10:00:00")),
                agentReply(at("2027-03-01T11:30:00")));

        SlaEvaluation evaluation = SlaClock.evaluate(ticket, policy, nineToSix(), at("2027-03-01T11:40:00"));
        SlaTargetClock update = evaluation.target(SlaTarget.UPDATE).orElseThrow();
        assertThat(update.state()).isEqualTo(SlaState.RUNNING);
        assertThat(update.elapsedMinutes()).isEqualTo(10);
        assertThat(update.dueAt()).isEqualTo(at("2027-03-01T12:30:00"));
        // 10:00 to 11:30 broke the target: the breach of that cycle is an event with its own key
        assertThat(evaluation.events()).filteredOn(event -> event.kind() == SlaEvent.Kind.BREACH)
                .extracting(SlaEvent::at, SlaEvent::cycleStart)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(at("2027-03-01T11:00:00"), at("2027-03-01T10:00:00")),
                        org.assertj.core.groups.Tuple.tuple(at("2027-03-01T12:30:00"), at("2027-03-01T11:30:00")));
        assertThat(evaluation.events().stream().map(SlaEvent::key).distinct()).hasSize(evaluation.events().size());
    }

    @Test
    void afterACustomerMessageTheClockRunsFromTheFirstUnansweredMessageToTheNextReply() {
        SlaPolicy policy = policy(null, 60, SlaUpdateMode.AFTER_CUSTOMER_MESSAGE, null);
        SlaTicket quiet = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")));
        assertThat(update(quiet, policy, at("2027-03-01T15:00:00")).state()).as("nobody waits for an answer").isEqualTo(SlaState.INACTIVE);

        SlaTicket waiting = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), customerMessage(at("2027-03-01T10:00:00")),
                customerMessage(at("2027-03-01T10:20:00")));
        SlaTargetClock clock = update(waiting, policy, at("2027-03-01T10:30:00"));
        assertThat(clock.state()).isEqualTo(SlaState.RUNNING);
        assertThat(clock.elapsedMinutes()).as("from the first of the two messages").isEqualTo(30);
        assertThat(clock.dueAt()).isEqualTo(at("2027-03-01T11:00:00"));

        SlaTicket answered = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), customerMessage(at("2027-03-01T10:00:00")),
                agentReply(at("2027-03-01T10:45:00")));
        SlaTargetClock met = update(answered, policy, at("2027-03-01T15:00:00"));
        assertThat(met.state()).isEqualTo(SlaState.MET);
        assertThat(met.stoppedAt()).isEqualTo(at("2027-03-01T10:45:00"));
        assertThat(met.elapsedMinutes()).isEqualTo(45);
    }

    @Test
    void theUpdateClockPausesWithThePausingStatuses() {
        SlaPolicy policy = policy(null, 60, SlaUpdateMode.AFTER_CUSTOMER_MESSAGE, null);
        SlaTicket ticket = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), customerMessage(at("2027-03-01T10:00:00")),
                paused(at("2027-03-01T10:15:00")), working(at("2027-03-01T13:15:00")));
        SlaTargetClock pausedClock = update(ticket, policy, at("2027-03-01T12:00:00"));
        assertThat(pausedClock.state()).isEqualTo(SlaState.PAUSED);
        assertThat(pausedClock.elapsedMinutes()).isEqualTo(15);
        SlaTargetClock resumed = update(ticket, policy, at("2027-03-01T13:30:00"));
        assertThat(resumed.state()).isEqualTo(SlaState.RUNNING);
        assertThat(resumed.pausedMinutes()).isEqualTo(180);
        assertThat(resumed.dueAt()).isEqualTo(at("2027-03-01T14:00:00"));
    }

    @Test
    void solvingEndsTheUpdateCycleAndReopeningStartsTheNext() {
        SlaPolicy between = policy(null, 60, SlaUpdateMode.BETWEEN_AGENT_UPDATES, null);
        SlaTicket solvedTicket = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), solved(at("2027-03-01T09:40:00")));
        SlaEvaluation whileSolved = SlaClock.evaluate(solvedTicket, between, nineToSix(), at("2027-03-02T09:00:00"));
        assertThat(whileSolved.target(SlaTarget.UPDATE).orElseThrow().state()).isEqualTo(SlaState.MET);
        assertThat(whileSolved.nextEventAt()).isNull();

        SlaTicket reopened = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), solved(at("2027-03-01T09:40:00")),
                working(at("2027-03-02T10:00:00")));
        SlaTargetClock again = update(reopened, between, at("2027-03-02T10:15:00"));
        assertThat(again.state()).isEqualTo(SlaState.RUNNING);
        assertThat(again.elapsedMinutes()).as("a new cycle from the reopening").isEqualTo(15);
        assertThat(again.dueAt()).isEqualTo(at("2027-03-02T11:00:00"));

        // after a customer message: the message that came while solved waits from the reopening on
        SlaPolicy afterCustomer = policy(null, 60, SlaUpdateMode.AFTER_CUSTOMER_MESSAGE, null);
        SlaTicket customerReopened = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), solved(at("2027-03-01T09:40:00")),
                customerMessage(at("2027-03-01T20:00:00")), working(at("2027-03-02T10:00:00")));
        SlaTargetClock waiting = update(customerReopened, afterCustomer, at("2027-03-02T10:15:00"));
        assertThat(waiting.state()).isEqualTo(SlaState.RUNNING);
        assertThat(waiting.dueAt()).isEqualTo(at("2027-03-02T11:00:00"));
        SlaTicket agentReopened = ticket(CREATED, agentReply(at("2027-03-01T09:10:00")), solved(at("2027-03-01T09:40:00")),
                working(at("2027-03-02T10:00:00")));
        assertThat(update(agentReopened, afterCustomer, at("2027-03-02T10:15:00")).state()).as("no customer waits")
                .isEqualTo(SlaState.INACTIVE);
    }
}
