package dev.switchboard.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoredRoutingTest {

    @Test
    void aStoredDecisionReadsBackAsEveryCandidateWithItsReason() {
        RoutingDecision decision = decisionOverAHundredAgents();

        RoutingReasons read = StoredRouting.read(StoredRouting.json(decision));

        assertThat(read).isEqualTo(reasonsOf(decision));
        assertThat(read.candidates()).hasSize(100);
        assertThat(read.candidates().get(50).reason()).isEqualTo("free, but Agent 7 came first");
        assertThat(read.candidates().get(3).reason()).isEqualTo("at the chat limit (5/5)");
    }

    @Test
    void theStoredFormIsAFractionOfTheDecisionAsJson() throws Exception {
        RoutingDecision decision = decisionOverAHundredAgents();

        int stored = StoredRouting.json(decision).length();
        int plain = Json.mapper().writeValueAsString(decision).length();

        assertThat(stored).isLessThan(plain * 2 / 5);
    }

    @Test
    void aQueuedDecisionWithoutAChosenAgentKeepsItsReasons() {
        RoutingDecision queued = new RoutingDecision(null, "fallback", 2, RoutingStrategy.ROUND_ROBIN, Optional.empty(),
                List.of(new RoutingDecision.Candidate(4, "Agent 4", false, "status away"),
                        new RoutingDecision.Candidate(5, "Agent 5", false, Router.passedOver(null))));

        assertThat(StoredRouting.read(StoredRouting.json(queued))).isEqualTo(reasonsOf(queued));
    }

    @Test
    void reasonsStoredBeforeTheCompactFormAreStillRead() throws Exception {
        RoutingDecision decision = decisionOverAHundredAgents();
        String legacy = Json.mapper().writeValueAsString(decision);

        assertThat(StoredRouting.read(legacy)).isEqualTo(reasonsOf(decision));
    }

    @Test
    void unreadableReasonsReadAsNone() {
        assertThat(StoredRouting.read("{\"candidates\": [[1, \"x\"")).isNull();
        assertThat(StoredRouting.read(null)).isNull();
    }

    private static RoutingDecision decisionOverAHundredAgents() {
        List<RoutingDecision.Candidate> candidates = new ArrayList<>();
        for (int id = 1; id <= 100; id++) {
            String name = "Agent " + id;
            if (id == 7) {
                candidates.add(new RoutingDecision.Candidate(id, name, true, "least loaded (1/5 chats, 3 today)"));
            } else if (id % 4 == 0) {
                candidates.add(new RoutingDecision.Candidate(id, name, false, "at the chat limit (5/5)"));
            } else {
                candidates.add(new RoutingDecision.Candidate(id, name, false, Router.passedOver("Agent 7")));
            }
        }
        return new RoutingDecision(12L, "Baidu 空气净化器", 3, RoutingStrategy.LEAST_LOAD, Optional.of(7L), candidates);
    }

    private static RoutingReasons reasonsOf(RoutingDecision d) {
        return new RoutingReasons(d.ruleId(), d.ruleName(), d.groupId(), d.strategy(), d.agentId().orElse(null),
                d.candidates().stream().map(c -> new RoutingReasons.Candidate(c.agentId(), c.name(), c.chosen(), c.reason())).toList());
    }
}
