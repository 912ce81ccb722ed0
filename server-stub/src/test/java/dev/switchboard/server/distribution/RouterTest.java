package dev.switchboard.server.distribution;

import dev.switchboard.shared.routing.RoutingReasonCode;
import dev.switchboard.shared.chat.RoutingStrategy;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.visitors.Channel;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {

    static final long PRESALES = 1;
    static final long AFTERSALES = 2;
    static final Instant NOW = Instant.parse("2026-11-02T10:00:00Z");
    static final WorkKind CHATS = new WorkKind("chat", "chats", "conversation");

    @Test
    void rulesAreTriedInOrderAndTheFallbackCatchesTheRest() {
        List<RoutingRule> rules = List.of(
                rule(2, "English speakers", null, null, null, "en", null, AFTERSALES),
                rule(1, "Baidu shoppers", Channel.SEARCH, "baidu", null, null, null, PRESALES),
                rule(3, "Repairs", null, null, null, null, "售后维修 Repairs", AFTERSALES));
        RoutingState state = state(rules, Map.of(), List.of(agent(1, PRESALES), agent(2, AFTERSALES)), Map.of(), Set.of());

        RoutingDecision baidu = Router.route(request("v1", Channel.SEARCH, "baidu", "en-US", null), state);
        assertThat(baidu.ruleName()).as("position 1 beats position 2").isEqualTo("Baidu shoppers");
        assertThat(baidu.groupId()).isEqualTo(PRESALES);
        assertThat(baidu.agentId()).contains(1L);

        assertThat(Router.route(request("v2", Channel.DIRECT, null, "en-GB", null), state).ruleName()).isEqualTo("English speakers");
        assertThat(Router.route(request("v3", Channel.DIRECT, null, "zh-CN", "售后维修 Repairs"), state).groupId()).isEqualTo(AFTERSALES);
        RoutingDecision none = Router.route(request("v4", Channel.REFERRAL, null, "zh-CN", null), state);
        assertThat(none.ruleId()).isNull();
        assertThat(none.ruleName()).isEqualTo("fallback");
        assertThat(none.groupId()).isEqualTo(PRESALES);
    }

    @Test
    void everyCandidateGetsAReason() {
        List<AgentLoad> agents = List.of(
                agent(1, PRESALES),
                withStatus(agent(2, PRESALES), AgentStatus.AWAY),
                withLoad(agent(3, PRESALES), 5, 9),
                agent(4, PRESALES),
                agent(5, AFTERSALES));
        RoutingDecision decision = Router.route(request("v", Channel.DIRECT, null, "zh", null),
                state(List.of(), Map.of(PRESALES, RoutingStrategy.LEAST_LOAD), agents, Map.of(), Set.of(4L)));

        assertThat(decision.agentId()).contains(1L);
        Map<Long, String> reasons = new HashMap<>();
        decision.candidates().forEach(c -> reasons.put(c.agentId(), c.reason().english()));
        assertThat(reasons).doesNotContainKey(5L);
        assertThat(reasons.get(1L)).startsWith("least loaded");
        assertThat(reasons.get(2L)).isEqualTo("status away");
        assertThat(reasons.get(3L)).isEqualTo("at the chat limit (5/5)");
        assertThat(reasons.get(4L)).contains("did not take it");
    }

    @Test
    void withNobodyFreeTheChatQueues() {
        RoutingDecision decision = Router.route(request("v", Channel.DIRECT, null, "zh", null),
                state(List.of(), Map.of(), List.of(withStatus(agent(1, PRESALES), AgentStatus.BUSY)), Map.of(), Set.of()));
        assertThat(decision.queued()).isTrue();
        assertThat(decision.candidates()).singleElement().satisfies(c -> assertThat(c.chosen()).isFalse());
    }

    @Test
    void roundRobinGivesEveryoneTheSameShareOverTenThousandChats() {
        List<AgentLoad> agents = new ArrayList<>();
        for (long id = 1; id <= 7; id++) {
            agents.add(new AgentLoad(id, "a" + id, AgentStatus.ONLINE, 50, 0, 0, Set.of(PRESALES), Map.of(), null));
        }
        Map<Long, Integer> counts = new HashMap<>();
        Instant now = NOW;
        for (int i = 0; i < 10_003; i++) {
            now = now.plusSeconds(1);
            RoutingDecision decision = Router.route(request("v" + i, Channel.DIRECT, null, "zh", null),
                    new RoutingState(CHATS, List.of(), Map.of(PRESALES, RoutingStrategy.ROUND_ROBIN), PRESALES, agents, Map.of(), Set.of(), 30, now));
            long chosen = decision.agentId().orElseThrow();
            counts.merge(chosen, 1, Integer::sum);
            Instant at = now;
            agents.replaceAll(a -> a.agentId() == chosen
                    ? new AgentLoad(a.agentId(), a.name(), a.status(), a.capacity(), a.load(), a.givenToday() + 1, a.groupIds(), a.skills(), at)
                    : a);
        }
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(1428, 1429));
    }

    @Test
    void leastLoadAlwaysPicksAnAgentWithTheFewestOpenChatsWhileChatsComeAndGo() {
        Random random = new Random(11);
        int[] open = new int[6];
        int[] today = new int[6];
        for (int step = 0; step < 20_000; step++) {
            if (random.nextDouble() < 0.5) {
                List<AgentLoad> agents = new ArrayList<>();
                for (int i = 0; i < open.length; i++) {
                    agents.add(new AgentLoad(i + 1, "a" + i, AgentStatus.ONLINE, 8, open[i], today[i], Set.of(PRESALES), Map.of(), null));
                }
                RoutingDecision decision = Router.route(request("v", Channel.DIRECT, null, "zh", null),
                        new RoutingState(CHATS, List.of(), Map.of(PRESALES, RoutingStrategy.LEAST_LOAD), PRESALES, agents, Map.of(), Set.of(), 30, NOW));
                int fewest = java.util.Arrays.stream(open).min().orElseThrow();
                if (fewest >= 8) {
                    assertThat(decision.queued()).isTrue();
                    continue;
                }
                int chosen = (int) (decision.agentId().orElseThrow() - 1);
                assertThat(open[chosen]).as("step %d, open chats %s", step, java.util.Arrays.toString(open)).isEqualTo(fewest);
                open[chosen]++;
                today[chosen]++;
            } else {
                int i = random.nextInt(open.length);
                if (open[i] > 0) {
                    open[i]--;
                }
            }
        }
        int maxToday = java.util.Arrays.stream(today).max().orElse(0);
        int minToday = java.util.Arrays.stream(today).min().orElse(0);
        assertThat(maxToday - minToday).as("chats today stay balanced: %s", java.util.Arrays.toString(today)).isLessThan(maxToday / 10);
    }

    @Test
    void leastLoadBreaksTiesByChatsToday() {
        RoutingDecision decision = Router.route(request("v", Channel.DIRECT, null, "zh", null), state(List.of(), Map.of(PRESALES, RoutingStrategy.LEAST_LOAD),
                List.of(withLoad(agent(1, PRESALES), 2, 30), withLoad(agent(2, PRESALES), 2, 12), withLoad(agent(3, PRESALES), 3, 1)), Map.of(), Set.of()));
        assertThat(decision.agentId()).contains(2L);
    }

    @Test
    void skillPicksTheMostSkilledFreeAgent() {
        AgentLoad novice = new AgentLoad(1, "novice", AgentStatus.ONLINE, 5, 0, 0, Set.of(PRESALES), Map.of(PRESALES, 3), null);
        AgentLoad expert = new AgentLoad(2, "expert", AgentStatus.ONLINE, 5, 3, 20, Set.of(PRESALES), Map.of(PRESALES, 9), null);
        AgentLoad fullExpert = new AgentLoad(3, "full", AgentStatus.ONLINE, 5, 5, 20, Set.of(PRESALES), Map.of(PRESALES, 10), null);
        RoutingDecision decision = Router.route(request("v", Channel.DIRECT, null, "zh", null),
                state(List.of(), Map.of(PRESALES, RoutingStrategy.SKILL), List.of(novice, expert, fullExpert), Map.of(), Set.of()));
        assertThat(decision.agentId()).contains(2L);
        assertThat(decision.candidates()).filteredOn(RoutingDecision.Candidate::chosen).singleElement()
                .satisfies(c -> assertThat(c.reason().english()).startsWith("highest skill 9"));
    }

    @Test
    void aReturningVisitorGoesBackToTheirLastAgentWhenFreeAndRecent() {
        Map<Long, RoutingStrategy> strategies = Map.of(PRESALES, RoutingStrategy.RETURNING_TO_LAST);
        List<AgentLoad> agents = List.of(agent(1, PRESALES), withLoad(agent(2, PRESALES), 3, 10));
        Map<String, RoutingState.LastServed> last = Map.of("back", new RoutingState.LastServed(2, NOW.minus(Duration.ofDays(3))),
                "long-ago", new RoutingState.LastServed(2, NOW.minus(Duration.ofDays(45))));

        assertThat(Router.route(request("back", Channel.DIRECT, null, "zh", null), state(List.of(), strategies, agents, last, Set.of())).agentId())
                .contains(2L);
        assertThat(Router.route(request("long-ago", Channel.DIRECT, null, "zh", null), state(List.of(), strategies, agents, last, Set.of())).agentId())
                .as("older than 30 days: least load").contains(1L);
        List<AgentLoad> lastIsFull = List.of(agent(1, PRESALES), withLoad(agent(2, PRESALES), 5, 10));
        assertThat(Router.route(request("back", Channel.DIRECT, null, "zh", null), state(List.of(), strategies, lastIsFull, last, Set.of())).agentId())
                .as("the last agent is at the limit").contains(1L);
    }

    @Test
    void aRequestForAnAgentGoesToThemWhenTheyCanTakeItAndByTheRulesOtherwise() {
        List<RoutingRule> rules = List.of(rule(1, "Baidu shoppers", Channel.SEARCH, "baidu", null, null, null, PRESALES));
        List<AgentLoad> agents = List.of(agent(1, PRESALES), withLoad(agent(2, PRESALES), 2, 10), agent(3, AFTERSALES));
        RoutingRequest base = request("v", Channel.SEARCH, "baidu", "zh", null);

        RoutingDecision toColleague = Router.route(forAgent(base, 2L), state(rules, Map.of(), agents, Map.of(), Set.of()));
        assertThat(toColleague.agentId()).as("more loaded than agent 1, but asked for").contains(2L);
        assertThat(toColleague.ruleName()).isEqualTo("Baidu shoppers");
        assertThat(toColleague.candidates()).filteredOn(RoutingDecision.Candidate::chosen).singleElement()
                .satisfies(c -> assertThat(c.reason().code()).isEqualTo(RoutingReasonCode.INVITED));

        RoutingDecision otherGroup = Router.route(forAgent(base, 3L), state(rules, Map.of(), agents, Map.of(), Set.of()));
        assertThat(otherGroup.agentId()).contains(3L);
        assertThat(otherGroup.groupId()).as("the agent's own group").isEqualTo(AFTERSALES);
        assertThat(otherGroup.ruleId()).isNull();
        assertThat(otherGroup.ruleName()).isEqualTo(Router.INVITATION);

        List<AgentLoad> away = List.of(agent(1, PRESALES), withStatus(agent(3, AFTERSALES), AgentStatus.AWAY));
        RoutingDecision fallBack = Router.route(forAgent(base, 3L), state(rules, Map.of(), away, Map.of(), Set.of()));
        assertThat(fallBack.agentId()).as("not free: the rules decide").contains(1L);
        assertThat(fallBack.groupId()).isEqualTo(PRESALES);
        assertThat(Router.route(forAgent(base, 3L), state(rules, Map.of(), agents, Map.of(), Set.of(3L))).agentId())
                .as("let it go once: not again").contains(1L);
    }

    private static RoutingRequest forAgent(RoutingRequest r, Long agentId) {
        return new RoutingRequest(r.visitorId(), r.channel(), r.engine(), r.keyword(), r.landingUrl(), r.currentUrl(), r.language(),
                r.questionType(), r.customerLevel(), r.returning(), agentId);
    }

    private static RoutingState state(List<RoutingRule> rules, Map<Long, RoutingStrategy> strategies, List<AgentLoad> agents,
                                      Map<String, RoutingState.LastServed> last, Set<Long> excluded) {
        return new RoutingState(CHATS, rules, strategies, PRESALES, agents, last, excluded, 30, NOW);
    }

    private static RoutingRule rule(int position, String name, Channel channel, String engine, String url, String language,
                                    String question, long group) {
        return new RoutingRule(position * 10L, position, name, true, channel, engine, null, url, language, question, null, null, group);
    }

    private static RoutingRequest request(String visitor, Channel channel, String engine, String language, String question) {
        return new RoutingRequest(visitor, channel, engine, null, "https://shop.example.cn/", "https://shop.example.cn/p", language,
                question, null, false);
    }

    private static AgentLoad agent(long id, long group) {
        return new AgentLoad(id, "agent" + id, AgentStatus.ONLINE, 5, 0, 0, Set.of(group), Map.of(), null);
    }

    private static AgentLoad withStatus(AgentLoad a, AgentStatus status) {
        return new AgentLoad(a.agentId(), a.name(), status, a.capacity(), a.load(), a.givenToday(), a.groupIds(), a.skills(), a.lastAssignedAt());
    }

    private static AgentLoad withLoad(AgentLoad a, int open, int today) {
        return new AgentLoad(a.agentId(), a.name(), a.status(), a.capacity(), open, today, a.groupIds(), a.skills(), a.lastAssignedAt());
    }
}
