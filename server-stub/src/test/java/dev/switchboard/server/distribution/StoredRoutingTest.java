package dev.switchboard.server.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.routing.RoutingReason;
import dev.switchboard.shared.routing.RoutingReasonCode;
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
        assertThat(read.candidates().get(50).code()).isEqualTo(RoutingReasonCode.PASSED_OVER);
        assertThat(read.candidates().get(50).params()).containsEntry("chosen", "Agent 7");
        assertThat(read.candidates().get(3).reason()).isEqualTo("at the chat limit (5/5)");
        assertThat(read.candidates().get(3).code()).isEqualTo(RoutingReasonCode.AT_LIMIT);
        assertThat(read.candidates().get(3).params()).containsEntry("load", "5").containsEntry("capacity", "5").containsEntry("kind", "chat");
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
                List.of(new RoutingDecision.Candidate(4, "Agent 4", false, RoutingReason.of(RoutingReasonCode.STATUS, "status", "AWAY")),
                        new RoutingDecision.Candidate(5, "Agent 5", false, Router.passedOver(null))));

        assertThat(StoredRouting.read(StoredRouting.json(queued))).isEqualTo(reasonsOf(queued));
    }

    @Test
    void reasonsStoredBeforeTheCompactFormAreStillReadInEnglish() {
        String legacy = """
                {"ruleId":12,"ruleName":"Baidu","groupId":3,"strategy":"LEAST_LOAD","agentId":7,"candidates":[
                 {"agentId":7,"name":"Agent 7","chosen":true,"reason":"least loaded (1/5 chats, 3 today)"},
                 {"agentId":8,"name":"Agent 8","chosen":false,"reason":"status away"}]}""";

        RoutingReasons read = StoredRouting.read(legacy);

        assertThat(read.candidates()).extracting(RoutingReasons.Candidate::reason)
                .containsExactly("least loaded (1/5 chats, 3 today)", "status away");
        assertThat(read.candidates()).extracting(RoutingReasons.Candidate::code).containsOnlyNulls();
    }

    @Test
    void compactReasonsStoredInEnglishBeforeCodesAreStillRead() {
        String english = """
                {"ruleId":12,"ruleName":"Baidu","groupId":3,"strategy":"LEAST_LOAD","agentId":7,"candidates":[
                 [7,"Agent 7",true,"least loaded (1/5 chats, 3 today)"],[8,"Agent 8",false,null],[9,"Agent 9",false,"status away"]]}""";

        RoutingReasons read = StoredRouting.read(english);

        assertThat(read.candidates()).extracting(RoutingReasons.Candidate::reason)
                .containsExactly("least loaded (1/5 chats, 3 today)", "free, but Agent 7 came first", "status away");
        assertThat(read.candidates()).extracting(RoutingReasons.Candidate::code).containsOnlyNulls();
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
                candidates.add(new RoutingDecision.Candidate(id, name, true, RoutingReason.of(RoutingReasonCode.LEAST_LOADED,
                        "load", "1", "capacity", "5", "kinds", "chats", "today", "3")));
            } else if (id % 4 == 0) {
                candidates.add(new RoutingDecision.Candidate(id, name, false, RoutingReason.of(RoutingReasonCode.AT_LIMIT,
                        "kind", "chat", "load", "5", "capacity", "5")));
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
