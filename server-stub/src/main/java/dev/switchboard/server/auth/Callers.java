package dev.switchboard.server.auth;

import dev.switchboard.server.infra.Requests;
import io.javalin.http.Context;

/** Finds the principal of an HTTP request from its bearer token; 401 when there is none. */
public final class Callers {

    private final AuthService auth;

    public Callers(AuthService auth) {
        this.auth = auth;
    }

    public Principal of(Context ctx) {
        return auth.authenticate(Requests.bearerToken(ctx.header("Authorization")));
    }
}
