package dev.switchboard.server.routingrules;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.distribution.RoutingDecision;
import dev.switchboard.server.distribution.RoutingRequest;
import dev.switchboard.server.distribution.StoredRouting;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.chat.RoutingStrategy;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.routing.RoutingTestRequest;
import dev.switchboard.shared.visitors.Channel;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Routes a made-up (or recorded) chat request on the live rules and agents and answers the
 * decision (as agents see reasons: in English and as codes), without assigning or reserving anything: for administrators trying rules out.
 */
public final class RoutingDryRun {

    private static final int URL_MAX = 2048;
    private static final int TEXT_MAX = 200;

    private final Function<RoutingRequest, RoutingDecision> router;

    /** @param router routes a request on the current state, as a new chat would be, and changes nothing */
    public RoutingDryRun(Function<RoutingRequest, RoutingDecision> router) {
        this.router = router;
    }

    /**
     * The answer: the decision, each verdict in English ({@code reason}) and as a code with
     * parameters; {@code agentId} null when the chat would wait in the group's queue.
     */
    public record Answer(Long ruleId, String ruleName, long groupId, RoutingStrategy strategy, Long agentId,
                         List<RoutingReasons.Candidate> candidates) {

        static Answer of(RoutingReasons reasons) {
            return new Answer(reasons.ruleId(), reasons.ruleName(), reasons.groupId(), reasons.strategy(), reasons.agentId(),
                    reasons.candidates());
        }
    }

    public Answer test(Principal caller, RoutingTestRequest request) {
        caller.require(Role.SUPERVISOR);
        List<FieldError> errors = new ArrayList<>();
        bounded(errors, "visitorId", request.visitorId(), 32);
        bounded(errors, "engine", request.engine(), TEXT_MAX);
        bounded(errors, "keyword", request.keyword(), TEXT_MAX);
        bounded(errors, "landingUrl", request.landingUrl(), URL_MAX);
        bounded(errors, "currentUrl", request.currentUrl(), URL_MAX);
        bounded(errors, "language", request.language(), TEXT_MAX);
        bounded(errors, "questionType", request.questionType(), TEXT_MAX);
        bounded(errors, "customerLevel", request.customerLevel(), TEXT_MAX);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the routing request is not valid", errors);
        }
        return Answer.of(StoredRouting.reasons(router.apply(new RoutingRequest(request.visitorId(), request.channel() == null ? Channel.DIRECT : request.channel(),
                request.engine(), request.keyword(), request.landingUrl(), request.currentUrl(), request.language(), request.questionType(),
                request.customerLevel(), Boolean.TRUE.equals(request.returning())))));
    }

    private static void bounded(List<FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "at most " + max + " characters"));
        }
    }
}
