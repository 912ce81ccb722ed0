package dev.switchboard.bench;

import dev.switchboard.server.distribution.AgentLoad;
import dev.switchboard.server.distribution.Router;
import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.RoutingRule;
import dev.switchboard.server.distribution.RoutingState;
import dev.switchboard.server.distribution.WorkKind;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.visitors.Channel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The routing decision alone, in this process: {@link Router#route} on a realistic state (many
 * agents in several groups, an ordered list of rules most requests walk through, returning
 * visitors), timed call by call. The backend adds reading the state and writing the decision;
 * the chat benchmark measures that whole path.
 */
final class RoutingBenchmark {

    private static final int GROUPS = 8;
    private static final int WARM_UP_CALLS = 100_000;
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final String[] KEYWORDS = {"空气净化器", "退货", "发票", "加湿器", "滤网", "保修", "price", "shipping"};
    private static final String[] PATHS = {"/products/aurora-a7", "/products/aurora-x1", "/cart", "/help/returns", "/pricing", "/", "/blog/pm25"};
    private static final String[] LANGUAGES = {"zh-CN", "zh-TW", "en-US", "ja-JP"};
    private static final String[] QUESTIONS = {"售前咨询 Pre-sales", "售后服务 After-sales", "发票 Invoice", null};

    private final int agents;
    private final int rules;
    private final int calls;
    private final Random random = new Random(42);

    RoutingBenchmark(int agents, int rules, int calls) {
        this.agents = agents;
        this.rules = rules;
        this.calls = calls;
    }

    void run() throws Exception {
        RoutingState state = state();
        List<RoutingRequest> requests = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            requests.add(request(i));
        }
        long written = 0;
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            written += Json.mapper().writeValueAsString(Router.route(requests.get(i % requests.size()), state)).length();
        }
        long chosen = 0;
        Latencies route = new Latencies();
        Latencies routeAndJson = new Latencies();
        Map<String, Integer> byRule = new HashMap<>();
        for (int i = 0; i < calls; i++) {
            RoutingRequest request = requests.get(i % requests.size());
            long t0 = System.nanoTime();
            RoutingDecision decision = Router.route(request, state);
            long t1 = System.nanoTime();
            // the backend stores every decision with its reasons as JSON
            written += Json.mapper().writeValueAsString(decision).length();
            long t2 = System.nanoTime();
            chosen += decision.agentId().isPresent() ? 1 : 0;
            route.add(t1 - t0);
            routeAndJson.add(t2 - t0);
            byRule.merge(decision.ruleName(), 1, Integer::sum);
        }
        System.out.printf("%nRouting benchmark: Router.route in-process, %d agents in %d groups, %d rules, %d timed calls after %d warm-up calls;%n"
                        + "%d distinct requests: %d decisions matched a rule (the rest fell back), %d chose an agent; decisions as JSON: %d bytes on average;%n"
                        + "%d cores%n%n",
                agents, GROUPS, rules, calls, WARM_UP_CALLS, requests.size(), calls - byRule.getOrDefault("fallback", 0), chosen,
                written / (calls + WARM_UP_CALLS), Runtime.getRuntime().availableProcessors());
        System.out.printf("| %-44s | %7s | %8s | %8s | %8s | %8s | %-14s |%n|%s|%s|%s|%s|%s|%s|%s|%n",
                "measure", "samples", "p50 µs", "p95 µs", "p99 µs", "max µs", "goal",
                "-".repeat(46), "-".repeat(9), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(10), "-".repeat(16));
        micros(route, "Router.route (rules, strategy, reasons)", "p50 <= 1000 µs");
        micros(routeAndJson, "  and the decision written as JSON", "-");
    }

    private static void micros(Latencies latencies, String name, String goal) {
        System.out.printf("| %-44s | %7d | %8.1f | %8.1f | %8.1f | %8.0f | %-14s |%n", name, latencies.count(),
                latencies.percentileMillis(50) * 1000, latencies.percentileMillis(95) * 1000, latencies.percentileMillis(99) * 1000,
                latencies.percentileMillis(100) * 1000, goal);
    }

    private RoutingState state() {
        List<AgentLoad> loads = new ArrayList<>();
        AgentStatus[] statuses = {AgentStatus.ONLINE, AgentStatus.ONLINE, AgentStatus.ONLINE, AgentStatus.ONLINE, AgentStatus.ONLINE,
                AgentStatus.ONLINE, AgentStatus.ONLINE, AgentStatus.BUSY, AgentStatus.AWAY, AgentStatus.OFFLINE};
        for (int i = 0; i < agents; i++) {
            Set<Long> groups = new HashSet<>();
            Map<Long, Integer> skills = new HashMap<>();
            for (int g = 0, n = 1 + random.nextInt(3); g < n; g++) {
                long group = 1 + random.nextInt(GROUPS);
                groups.add(group);
                skills.put(group, 1 + random.nextInt(10));
            }
            int max = 5 + random.nextInt(16);
            loads.add(new AgentLoad(i + 1, "Agent " + i, statuses[random.nextInt(statuses.length)], max, random.nextInt(max + 1),
                    random.nextInt(60), groups, skills, NOW.minusSeconds(random.nextInt(7200))));
        }
        RoutingStrategy[] strategies = RoutingStrategy.values();
        Map<Long, RoutingStrategy> byGroup = new HashMap<>();
        for (long g = 1; g <= GROUPS; g++) {
            byGroup.put(g, strategies[(int) (g % strategies.length)]);
        }
        Map<String, RoutingState.LastServed> lastServed = new HashMap<>();
        for (int v = 0; v < 10_000; v++) {
            lastServed.put("visitor-" + v, new RoutingState.LastServed(1 + random.nextInt(agents), NOW.minusSeconds(random.nextInt(60 * 86_400))));
        }
        List<RoutingRule> ruleList = new ArrayList<>();
        for (int r = 0; r < rules; r++) {
            // each rule sets one or two conditions; most requests pass many rules before one matches
            Channel channel = r % 5 == 0 ? Channel.values()[r % Channel.values().length] : null;
            String keyword = r % 3 == 0 ? KEYWORDS[r % KEYWORDS.length] : null;
            String url = r % 4 == 1 ? "https://shop.example.cn" + PATHS[r % PATHS.length] + "*" : null;
            String language = r % 7 == 2 ? LANGUAGES[r % LANGUAGES.length] : null;
            String question = r % 6 == 3 ? QUESTIONS[r % 3] : null;
            Boolean returning = r % 9 == 4 ? Boolean.TRUE : null;
            if (channel == null && keyword == null && url == null && language == null && question == null && returning == null) {
                // no catch-all rule: requests that match nothing fall back
                language = LANGUAGES[r % LANGUAGES.length];
                channel = Channel.values()[(r / 2) % Channel.values().length];
            }
            ruleList.add(new RoutingRule(r + 1, r, "rule " + r, r % 10 != 9, channel, null, keyword, url, language, question,
                    r % 8 == 5 ? "VIP" : null, returning, 1 + (r % GROUPS)));
        }
        return new RoutingState(new WorkKind("chat", "chats", "conversation"), ruleList, byGroup, 1, loads, lastServed, Set.of(), 30, NOW);
    }

    private RoutingRequest request(int i) {
        Channel channel = Channel.values()[random.nextInt(Channel.values().length)];
        String page = "https://shop.example.cn" + PATHS[random.nextInt(PATHS.length)];
        return new RoutingRequest("visitor-" + random.nextInt(20_000), channel, channel == Channel.SEARCH ? "baidu" : null,
                channel == Channel.SEARCH ? KEYWORDS[random.nextInt(KEYWORDS.length)] : null, page, page,
                LANGUAGES[random.nextInt(LANGUAGES.length)], QUESTIONS[random.nextInt(QUESTIONS.length)], random.nextInt(10) == 0 ? "VIP" : null,
                i % 3 == 0);
    }
}
