package dev.switchboard.server.auth;

import dev.switchboard.server.infra.ClientAddress;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.Requests;
import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.PasswordChange;
import io.javalin.config.RoutesConfig;

/** {@code /api/v1/auth}: login, logout, the caller's own password, and who the token belongs to. */
public final class AuthRoutes implements HttpApi.Routes {

    private final AuthService auth;
    private final PasswordChanges passwords;
    private final Callers callers;

    public AuthRoutes(AuthService auth, PasswordChanges passwords, Callers callers) {
        this.auth = auth;
        this.passwords = passwords;
        this.callers = callers;
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.post("/api/v1/auth/login", ctx -> ctx.json(auth.login(Requests.body(ctx, LoginRequest.class), ClientAddress.of(ctx))));
        routes.post("/api/v1/auth/logout", ctx -> {
            auth.logout(callers.of(ctx));
            ctx.status(204);
        });
        routes.post("/api/v1/auth/password", ctx -> {
            Principal caller = callers.of(ctx);
            passwords.change(caller, Requests.body(ctx, PasswordChange.class));
            ctx.status(204);
        });
        routes.get("/api/v1/auth/me", ctx -> {
            Principal caller = callers.of(ctx);
            ctx.json(auth.describe(caller));
        });
    }
}
