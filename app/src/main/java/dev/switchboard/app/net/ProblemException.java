package dev.switchboard.app.net;

import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Duration;
import java.util.Optional;

/** The server refused a request with a problem document ({@code application/problem+json}). */
public final class ProblemException extends ApiException {

    private final transient Problem problem;
    private final transient Optional<ProblemType> type;
    private final transient Optional<Duration> retryAfter;

    public ProblemException(Problem problem, Optional<Duration> retryAfter) {
        super(problem.status() + " " + problem.title() + (problem.detail() == null ? "" : ": " + problem.detail()), null);
        this.problem = problem;
        this.type = ProblemType.fromUri(problem.type());
        this.retryAfter = retryAfter;
    }

    public Problem problem() {
        return problem;
    }

    /** The known kind of problem; empty for a type this workstation does not know. */
    public Optional<ProblemType> type() {
        return type;
    }

    public boolean is(ProblemType expected) {
        return type.filter(expected::equals).isPresent();
    }

    /** From the {@code Retry-After} header of a 429. */
    public Optional<Duration> retryAfter() {
        return retryAfter;
    }
}
