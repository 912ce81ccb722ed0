package dev.switchboard.app.routingrules;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.NewRoutingRule;
import dev.switchboard.shared.routing.RoutingRule;
import dev.switchboard.shared.routing.RoutingRuleOrder;
import dev.switchboard.shared.routing.RoutingTestRequest;
import dev.switchboard.shared.visitors.PrechatField;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorSummary;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * The routing rules' endpoints ({@code /api/v1/routing-rules}, its order and dry run), and what the
 * editor offers to pick from (the visitors on the site now, the pre-chat form's question types),
 * with the session's token on the I/O executor.
 */
class RoutingRulesApi {

    private static final String PATH = "routing-rules";

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    RoutingRulesApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<List<RoutingRule>> list() {
        return call(() -> List.of(exchange("GET", null, RoutingRule[].class, PATH)));
    }

    CompletableFuture<RoutingRule> create(NewRoutingRule rule) {
        return call(() -> exchange("POST", rule, RoutingRule.class, PATH));
    }

    CompletableFuture<RoutingRule> replace(long id, NewRoutingRule rule) {
        return call(() -> exchange("PUT", rule, RoutingRule.class, PATH, Long.toString(id)));
    }

    CompletableFuture<Void> delete(long id) {
        return call(() -> exchange("DELETE", null, Void.class, PATH, Long.toString(id)));
    }

    CompletableFuture<List<RoutingRule>> reorder(List<Long> ids) {
        return call(() -> List.of(exchange("PUT", new RoutingRuleOrder(ids), RoutingRule[].class, PATH, "order")));
    }

    /** The dry run: the decision, read as the routing reasons a conversation carries (without history). */
    CompletableFuture<RoutingReasons> test(RoutingTestRequest request) {
        return call(() -> exchange("POST", request, RoutingReasons.class, PATH, "test"));
    }

    /** The visitors on the site now and those who left in the last minutes, to try a rule on one of them. */
    CompletableFuture<List<VisitorSummary>> recentVisitors() {
        return call(() -> List.of(exchange("GET", null, VisitorSummary[].class, "visitors")));
    }

    /** The options of the default site's question-type field: what {@code questionType} can match. */
    CompletableFuture<List<String>> questionTypes() {
        return call(() -> api.send(session.server(), session.token(), "GET", ApiPath.of("sites", "default", "prechat-form"), null, PrechatForm.class).fields().stream()
                .filter(field -> field.type() == PrechatField.FieldType.QUESTION_TYPE)
                .map(PrechatField::options).filter(Objects::nonNull).flatMap(List::stream).distinct().toList());
    }

    private <T> T exchange(String method, Object body, Class<T> answer, String... path) {
        return api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer);
    }

    private <T> CompletableFuture<T> call(Supplier<T> work) {
        return CompletableFuture.supplyAsync(work, io);
    }
}
