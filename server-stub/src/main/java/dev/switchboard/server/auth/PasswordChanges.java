package dev.switchboard.server.auth;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.auth.PasswordChange;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An agent changes their own password: they prove they know the current one (guesses are
 * throttled per account, so a stolen session cannot be used to find the password), the new one
 * must meet the policy, and every other session of the account ends; the one that made the change
 * goes on.
 */
public final class PasswordChanges {

    private static final Logger LOG = LoggerFactory.getLogger(PasswordChanges.class);

    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final PasswordPolicy policy;
    private final AuthService auth;
    /** Wrong current passwords per account: 5 within 15 minutes and its changes wait 15 minutes. */
    private final LoginThrottle guesses;

    public PasswordChanges(Accounts accounts, PasswordHasher hasher, PasswordPolicy policy, AuthService auth, Clock clock) {
        this.accounts = accounts;
        this.hasher = hasher;
        this.policy = policy;
        this.auth = auth;
        this.guesses = new LoginThrottle(clock, 5, Duration.ofMinutes(15), Duration.ofMinutes(15), LoginThrottle.MAX_KEYS);
    }

    public void change(Principal caller, PasswordChange request) {
        caller.require(Role.AGENT);
        List<FieldError> errors = new ArrayList<>();
        String current = request.currentPassword();
        if (current == null || current.isEmpty() || PasswordRules.length(current) > PasswordRules.MAX_LENGTH) {
            errors.add(new FieldError("currentPassword", current == null || current.isEmpty() ? PasswordRules.REQUIRED : PasswordRules.TOO_LONG));
        }
        errors.addAll(policy.check("newPassword", request.newPassword()));
        if (errors.isEmpty() && current.equals(request.newPassword())) {
            errors.add(new FieldError("newPassword", PasswordRules.SAME_AS_CURRENT));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the password cannot be changed", errors);
        }
        Optional<Duration> wait = guesses.blockedFor(guessKey(caller.agentId()));
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            LOG.warn("password change refused, too many wrong current passwords: login={} retryAfter={}s", caller.login(), seconds);
            throw new ApiException(Problem.of(ProblemType.TOO_MANY_ATTEMPTS,
                    "too many wrong passwords; try again in " + seconds + " seconds"), Map.of("Retry-After", Long.toString(seconds)));
        }
        Account account = accounts.findByLogin(caller.login()).orElseThrow(() -> new ApiException(ProblemType.UNAUTHENTICATED, "the account no longer exists"));
        if (!hasher.matches(current, account.passwordHash())) {
            guesses.recordFailure(guessKey(caller.agentId()));
            LOG.warn("password change refused, wrong current password: login={}", caller.login());
            throw ApiException.invalid("the current password is wrong", List.of(new FieldError("currentPassword", PasswordRules.WRONG_CURRENT)));
        }
        guesses.forget(guessKey(caller.agentId()));
        accounts.changePasswordHash(caller.agentId(), hasher.hash(request.newPassword()));
        LOG.info("password changed: login={} session={}", caller.login(), caller.sessionId());
        auth.revokeOthersOf(caller.agentId(), caller.sessionId(), "password changed");
    }

    /** A stolen session guesses the account's password here: counted per account, apart from logins. */
    private static String guessKey(long agentId) {
        return "password-change:" + agentId;
    }
}
