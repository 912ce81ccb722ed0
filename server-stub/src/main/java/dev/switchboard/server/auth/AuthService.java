package dev.switchboard.server.auth;

import dev.switchboard.server.infra.ApiException;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.auth.PasswordRules;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Logins, sessions and their end. */
public final class AuthService {

    private static final Logger LOG = LoggerFactory.getLogger(AuthService.class);
    /** Recording every request's time would write on every read; once a minute is precise enough. */
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    private final SessionStore sessions;
    private final Accounts accounts;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final Clock clock;
    private final Duration idleTimeout;
    private final Duration lifetime;
    private final List<SessionEndListener> listeners = new CopyOnWriteArrayList<>();
    private final List<AccountChangeListener> accountListeners = new CopyOnWriteArrayList<>();

    public AuthService(Jdbi jdbi, Accounts accounts, PasswordHasher hasher, LoginThrottle throttle,
                       Clock clock, Duration idleTimeout, Duration lifetime) {
        this.sessions = new SessionStore(jdbi);
        this.accounts = accounts;
        this.hasher = hasher;
        this.throttle = throttle;
        this.clock = clock;
        this.idleTimeout = idleTimeout;
        this.lifetime = lifetime;
    }

    public void addListener(SessionEndListener listener) {
        listeners.add(listener);
    }

    public void addAccountListener(AccountChangeListener listener) {
        accountListeners.add(listener);
    }

    public LoginResponse login(LoginRequest request, String address) {
        List<FieldError> errors = new ArrayList<>();
        if (request.login() == null || request.login().isBlank() || request.login().length() > 64) {
            errors.add(new FieldError("login", "required, at most 64 characters"));
        }
        // no stored password is longer than the policy allows, so a longer one is refused before any hashing
        if (request.password() == null || request.password().isEmpty() || PasswordRules.length(request.password()) > PasswordRules.MAX_LENGTH) {
            errors.add(new FieldError("password", "required, at most " + PasswordRules.MAX_LENGTH + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ApiException.invalid("login and password are required", errors);
        }
        String login = request.login().trim().toLowerCase(java.util.Locale.ROOT);
        Optional<Duration> wait = throttle.blockedFor(login, address);
        if (wait.isPresent()) {
            long seconds = Math.max(1, wait.get().toSeconds());
            LOG.warn("login refused, too many failed attempts: login={} address={} retryAfter={}s", login, address, seconds);
            throw new ApiException(Problem.of(ProblemType.TOO_MANY_ATTEMPTS,
                    "too many failed logins; try again in " + seconds + " seconds"), Map.of("Retry-After", Long.toString(seconds)));
        }
        Optional<Account> account = accounts.findByLogin(login);
        boolean verified = account.isPresent()
                ? hasher.matches(request.password(), account.get().passwordHash())
                : hasher.matchesNothing(request.password());
        if (!verified || !account.get().enabled()) {
            throttle.recordFailure(login, address);
            LOG.warn("login failed: login={} address={} reason={}", login, address,
                    account.isEmpty() ? "unknown login" : verified ? "account disabled" : "wrong password");
            throw new ApiException(ProblemType.BAD_CREDENTIALS, "wrong login or password");
        }
        throttle.recordSuccess(login);
        String token = Tokens.newToken();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        long sessionId = sessions.insert(Tokens.hash(token), account.get().id(), now, expiresAt, address);
        Agent agent = accounts.findAgent(account.get().id()).orElseThrow();
        LOG.info("login: login={} address={} session={}", login, address, sessionId);
        return new LoginResponse(token, agent, expiresAt, idleTimeout.toSeconds());
    }

    /** The principal of a bearer token, or 401 when the token is unknown or its session has ended. */
    public Principal authenticate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw unauthenticated("a bearer token is required");
        }
        SessionStore.SessionRow row = sessions.findByTokenHash(Tokens.hash(token))
                .orElseThrow(() -> unauthenticated("the session is unknown or has ended"));
        Instant now = clock.instant();
        if (!isAlive(row, now)) {
            throw unauthenticated("the session has ended; please log in again");
        }
        if (Duration.between(row.lastSeenAt(), now).compareTo(TOUCH_GRANULARITY) >= 0) {
            sessions.touch(row.id(), now);
        }
        return new Principal(row.agentId(), row.login(), row.role(), row.id());
    }

    /**
     * Keeps a session alive while its WebSocket is open and answers its principal as the account
     * is now (the role may have changed since the socket opened); empty when the session has ended
     * and the socket should close.
     */
    public Optional<Principal> keepAlive(long sessionId) {
        Optional<Principal> current = current(sessionId);
        current.ifPresent(principal -> sessions.touch(sessionId, clock.instant()));
        return current;
    }

    /** The principal of a session as its account is now; empty when the session has ended. */
    public Optional<Principal> current(long sessionId) {
        Instant now = clock.instant();
        return sessions.findById(sessionId).filter(row -> isAlive(row, now))
                .map(row -> new Principal(row.agentId(), row.login(), row.role(), row.id()));
    }

    /** The caller's own account, as everyone sees it. */
    public Agent describe(Principal caller) {
        return accounts.findAgent(caller.agentId()).orElseThrow(() -> unauthenticated("the account no longer exists"));
    }

    public void logout(Principal principal) {
        if (sessions.revoke(principal.sessionId(), clock.instant())) {
            LOG.info("logout: login={} session={}", principal.login(), principal.sessionId());
            notifyEnded(Set.of(principal.sessionId()), "logged out");
        }
    }

    /** Ends every session of an account: it was disabled or its password was reset. */
    public void revokeAllOf(long agentId, String reason) {
        List<Long> ended = sessions.revokeAllOf(agentId, clock.instant());
        if (!ended.isEmpty()) {
            LOG.info("sessions revoked: agent={} count={} reason={}", agentId, ended.size(), reason);
            notifyEnded(Set.copyOf(ended), reason);
        }
    }

    /** Ends every session of an account but {@code keepSessionId}: its owner changed the password in that one. */
    public void revokeOthersOf(long agentId, long keepSessionId, String reason) {
        List<Long> ended = sessions.revokeOthersOf(agentId, keepSessionId, clock.instant());
        if (!ended.isEmpty()) {
            LOG.info("sessions revoked: agent={} count={} reason={}", agentId, ended.size(), reason);
            notifyEnded(Set.copyOf(ended), reason);
        }
    }

    /** Removes sessions that ended more than a day ago. */
    public void purgeEnded() {
        int removed = sessions.deleteEndedBefore(clock.instant().minus(Duration.ofDays(1)));
        if (removed > 0) {
            LOG.info("purged {} ended sessions", removed);
        }
    }

    public void notifyEnded(Set<Long> sessionIds, String reason) {
        listeners.forEach(listener -> listener.sessionsEnded(sessionIds, reason));
    }

    /**
     * An account's role, groups or enabled flag changed: the sessions' open sockets take the change
     * at once. Call after the change is committed, holding no lock (the sockets finish the message
     * they are handling first).
     */
    public void accountChanged(long agentId) {
        accountListeners.forEach(listener -> listener.accountChanged(agentId));
    }

    private boolean isAlive(SessionStore.SessionRow row, Instant now) {
        return row.revokedAt() == null
                && row.agentEnabled()
                && now.isBefore(row.expiresAt())
                && now.isBefore(row.lastSeenAt().plus(idleTimeout));
    }

    private static ApiException unauthenticated(String detail) {
        return new ApiException(ProblemType.UNAUTHENTICATED, detail);
    }
}
