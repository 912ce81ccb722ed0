package dev.switchboard.app.session;

import dev.switchboard.app.cache.AccountCache;
import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiException;
import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Signing in and out against the REST API, keeping the session in the cache. */
public final class SignInService {

    private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

    private final ApiClient api;
    private final SessionStore sessions;
    private final List<AccountCache> accountCaches;
    private final Executor io;

    /** @param accountCaches what the cache holds for one account, forgotten when another signs in */
    public SignInService(ApiClient api, SessionStore sessions, List<AccountCache> accountCaches, Executor io) {
        this.api = api;
        this.sessions = sessions;
        this.accountCaches = List.copyOf(accountCaches);
        this.io = io;
    }

    /**
     * Checks that the server speaks our protocol, logs in, and caches the session. Fails with an
     * {@link ApiException} that says why.
     */
    public CompletableFuture<Session> signIn(ServerUrl server, String login, String password) {
        return CompletableFuture.supplyAsync(() -> {
                    api.checkCompatible(server);
                    LoginResponse answer = api.login(server, new LoginRequest(login, password));
                    return new Session(server, answer.agent().login(), answer.token(), answer.agent());
                }, io)
                .thenCompose(session -> sessions.save(session)
                        .thenCompose(otherAccount -> otherAccount ? clearAccountCaches() : CompletableFuture.completedFuture(null))
                        .thenApply(ignored -> session));
    }

    private CompletableFuture<Void> clearAccountCaches() {
        return CompletableFuture.allOf(accountCaches.stream().map(AccountCache::clear).toArray(CompletableFuture[]::new));
    }

    /** Revokes the session on the server when it can be reached, and forgets the token locally. */
    public CompletableFuture<Void> signOut(Session session) {
        return CompletableFuture.runAsync(() -> {
            try {
                api.logout(session.server(), session.token());
            } catch (ApiException e) {
                // Offline sign-out still works locally; the server ends the session at its idle timeout.
                LOG.info("Could not revoke the session on the server: {}", e.getMessage());
            }
        }, io).thenCompose(ignored -> sessions.forgetToken());
    }
}
