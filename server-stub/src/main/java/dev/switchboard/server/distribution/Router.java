package dev.switchboard.server.distribution;

import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.server.infra.Glob;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.routing.RoutingReason;
import dev.switchboard.shared.routing.RoutingReasonCode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Routing as a pure function: (request, state) -> decision with reasons, for any kind of work. No
 * clock, database or network inside, so it is tested on thousands of requests and can replay
 * recorded traffic.
 */
public final class Router {

    /** The rule name of a decision that followed the request's agent into a group no rule chose. */
    public static final String INVITATION = "invitation";

    private Router() {
    }

    public static RoutingDecision route(RoutingRequest request, RoutingState state) {
        Optional<RoutingRule> rule = firstMatch(request, state.rules());
        long ruleGroupId = rule.map(RoutingRule::groupId).orElse(state.fallbackGroupId());
        // the agent the request is for takes it when free: in the rules' group if they are in it, else in their own first group
        Optional<AgentLoad> requested = requestedAgent(request, state);
        long groupId = requested.filter(agent -> !agent.groupIds().contains(ruleGroupId))
                .map(agent -> agent.groupIds().stream().min(Long::compare).orElseThrow()).orElse(ruleGroupId);
        boolean byRule = groupId == ruleGroupId;
        RoutingStrategy strategy = state.strategies().getOrDefault(groupId, RoutingStrategy.LEAST_LOAD);

        List<RoutingDecision.Candidate> considered = new ArrayList<>();
        List<AgentLoad> eligible = new ArrayList<>();
        for (AgentLoad agent : state.agents()) {
            if (!agent.groupIds().contains(groupId)) {
                continue;
            }
            RoutingReason refusal = refusal(agent, state);
            if (refusal == null) {
                eligible.add(agent);
            } else {
                considered.add(new RoutingDecision.Candidate(agent.agentId(), agent.name(), false, refusal));
            }
        }
        Optional<AgentLoad> chosen = requested.isPresent() ? requested : choose(strategy, groupId, request, state, eligible);
        for (AgentLoad agent : eligible) {
            boolean isChosen = chosen.map(c -> c.agentId() == agent.agentId()).orElse(false);
            considered.add(new RoutingDecision.Candidate(agent.agentId(), agent.name(), isChosen,
                    isChosen ? (requested.isPresent() ? RoutingReason.of(RoutingReasonCode.INVITED, load(agent, state)) : why(strategy, groupId, agent, request, state))
                            : passedOver(chosen.map(AgentLoad::name).orElse(null))));
        }
        return new RoutingDecision(byRule ? rule.map(RoutingRule::id).orElse(null) : null,
                byRule ? rule.map(RoutingRule::name).orElse("fallback") : INVITATION, groupId, strategy, chosen.map(AgentLoad::agentId), considered);
    }

    /**
     * The group the rules give the request (the fallback group when none matches), before any agent
     * it is for: what the widget asks when it tells the visitor whether anyone can answer.
     */
    public static long ruleGroup(RoutingRequest request, List<RoutingRule> rules, long fallbackGroupId) {
        return firstMatch(request, rules).map(RoutingRule::groupId).orElse(fallbackGroupId);
    }

    private static Optional<RoutingRule> firstMatch(RoutingRequest request, List<RoutingRule> rules) {
        return rules.stream()
                .filter(RoutingRule::enabled)
                .sorted(Comparator.comparingInt(RoutingRule::position).thenComparingLong(RoutingRule::id))
                .filter(candidate -> matches(candidate, request))
                .findFirst();
    }

    /** The agent the request is for, when they can take it now (online, room, in a group, not passed over already). */
    private static Optional<AgentLoad> requestedAgent(RoutingRequest request, RoutingState state) {
        Long wanted = request.requestedAgentId();
        return wanted == null ? Optional.empty() : state.agents().stream()
                .filter(agent -> agent.agentId() == wanted && !agent.groupIds().isEmpty() && refusal(agent, state) == null)
                .findFirst();
    }

    /** The reason given to a free agent who was not chosen; {@code chosenName} null when nobody was. */
    public static RoutingReason passedOver(String chosenName) {
        return RoutingReason.of(RoutingReasonCode.PASSED_OVER, "chosen", chosenName);
    }

    private static RoutingReason refusal(AgentLoad agent, RoutingState state) {
        if (state.excludedAgents().contains(agent.agentId())) {
            return RoutingReason.of(RoutingReasonCode.DECLINED_BEFORE, "kind", state.kind().name());
        }
        if (agent.status() != AgentStatus.ONLINE) {
            return RoutingReason.of(RoutingReasonCode.STATUS, "status", agent.status().name());
        }
        if (!agent.hasRoom()) {
            return RoutingReason.of(RoutingReasonCode.AT_LIMIT, "kind", state.kind().name(), "load", Integer.toString(agent.load()),
                    "capacity", Integer.toString(agent.capacity()));
        }
        return null;
    }

    private static Optional<AgentLoad> choose(RoutingStrategy strategy, long groupId, RoutingRequest request, RoutingState state,
                                              List<AgentLoad> eligible) {
        Comparator<AgentLoad> leastLoad = Comparator.comparingInt(AgentLoad::load)
                .thenComparingInt(AgentLoad::givenToday)
                .thenComparing(AgentLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(AgentLoad::agentId);
        return switch (strategy) {
            case ROUND_ROBIN -> eligible.stream().min(Comparator.comparing(AgentLoad::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparingLong(AgentLoad::agentId));
            case LEAST_LOAD -> eligible.stream().min(leastLoad);
            case SKILL -> eligible.stream().min(Comparator.comparingInt((AgentLoad agent) -> -agent.skillIn(groupId)).thenComparing(leastLoad));
            case RETURNING_TO_LAST -> lastAgent(request, state).flatMap(last -> eligible.stream().filter(a -> a.agentId() == last).findFirst())
                    .or(() -> eligible.stream().min(leastLoad));
        };
    }

    private static Optional<Long> lastAgent(RoutingRequest request, RoutingState state) {
        RoutingState.LastServed last = request.visitorId() == null ? null : state.lastServed().get(request.visitorId());
        if (last == null || last.at().isBefore(state.now().minus(Duration.ofDays(state.returningWithinDays())))) {
            return Optional.empty();
        }
        return Optional.of(last.agentId());
    }

    private static RoutingReason why(RoutingStrategy strategy, long groupId, AgentLoad agent, RoutingRequest request, RoutingState state) {
        String[] load = load(agent, state);
        return switch (strategy) {
            case ROUND_ROBIN -> RoutingReason.of(RoutingReasonCode.NEXT_IN_TURN, load);
            case LEAST_LOAD -> RoutingReason.of(RoutingReasonCode.LEAST_LOADED, load);
            case SKILL -> RoutingReason.of(RoutingReasonCode.HIGHEST_SKILL, with(load, "skill", Integer.toString(agent.skillIn(groupId))));
            case RETURNING_TO_LAST -> lastAgent(request, state).filter(id -> id == agent.agentId()).isPresent()
                    ? RoutingReason.of(RoutingReasonCode.SERVED_LAST) : RoutingReason.of(RoutingReasonCode.LAST_NOT_FREE, load);
        };
    }

    private static String[] load(AgentLoad agent, RoutingState state) {
        return new String[] {"load", Integer.toString(agent.load()), "capacity", Integer.toString(agent.capacity()), "kinds", state.kind().plural(),
                "today", Integer.toString(agent.givenToday())};
    }

    private static String[] with(String[] namesAndValues, String name, String value) {
        String[] more = java.util.Arrays.copyOf(namesAndValues, namesAndValues.length + 2);
        more[namesAndValues.length] = name;
        more[namesAndValues.length + 1] = value;
        return more;
    }

    static boolean matches(RoutingRule rule, RoutingRequest request) {
        return (rule.channel() == null || rule.channel() == request.channel())
                && (rule.engine() == null || rule.engine().equalsIgnoreCase(String.valueOf(request.engine())))
                && (rule.keyword() == null || (request.keyword() != null
                    && request.keyword().toLowerCase(Locale.ROOT).contains(rule.keyword().toLowerCase(Locale.ROOT))))
                && (rule.urlPattern() == null || Glob.matches(rule.urlPattern(), request.currentUrl()) || Glob.matches(rule.urlPattern(), request.landingUrl()))
                && (rule.language() == null || (request.language() != null
                    && request.language().toLowerCase(Locale.ROOT).startsWith(rule.language().toLowerCase(Locale.ROOT))))
                && (rule.questionType() == null || rule.questionType().equals(request.questionType()))
                && (rule.customerLevel() == null || rule.customerLevel().equalsIgnoreCase(String.valueOf(request.customerLevel())))
                && (rule.returning() == null || rule.returning() == request.returning());
    }
}
