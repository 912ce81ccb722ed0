package dev.switchboard.server.infra;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.util.List;
import java.util.Map;

/**
 * A refusal that reaches the client as a problem document. Services throw it; the HTTP and
 * WebSocket layers turn it into a 4xx answer.
 */
public final class ApiException extends RuntimeException {

    private final transient Problem problem;
    private final transient Map<String, String> headers;

    public ApiException(Problem problem, Map<String, String> headers) {
        super(problem.title() + ": " + problem.detail(), null, false, false);
        this.problem = problem;
        this.headers = Map.copyOf(headers);
    }

    public ApiException(ProblemType type, String detail) {
        this(Problem.of(type, detail), Map.of());
    }

    public static ApiException invalid(String detail, List<FieldError> errors) {
        return new ApiException(Problem.invalid(detail, errors), Map.of());
    }

    public static ApiException notFound(String what) {
        return new ApiException(ProblemType.NOT_FOUND, what + " does not exist");
    }

    public Problem problem() {
        return problem;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
