package dev.switchboard.server.infra;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.function.Function;

/**
 * Registers JSON endpoints of the usual shape: find out who calls, read the path's {@code {id}}
 * (404 unless a positive number) and the JSON body ({@link Requests#body}), ask the service, and
 * answer its result as JSON: 200, 201 for a creation, 204 for a deletion. In that order, so that
 * an anonymous caller hears 401 before anything about the request. Role checks stay the
 * services' job; an endpoint of another shape is registered on the {@link RoutesConfig} itself.
 *
 * @param <C> who calls, as {@code callers} finds them (a principal)
 */
public final class JsonRoutes<C> {

    /** The answer for the caller and the path's id. */
    @FunctionalInterface
    public interface ById<C> {
        Object answer(C caller, long id);
    }

    /** The answer for the caller and the request's body. */
    @FunctionalInterface
    public interface WithBody<C, B> {
        Object answer(C caller, B body);
    }

    /** The answer for the caller, the path's id and the request's body. */
    @FunctionalInterface
    public interface ByIdWithBody<C, B> {
        Object answer(C caller, long id, B body);
    }

    /** Deletes what the path's id names, for the caller. */
    @FunctionalInterface
    public interface Deletion<C> {
        void delete(C caller, long id);
    }

    private final RoutesConfig routes;
    private final Function<Context, C> callers;

    private JsonRoutes(RoutesConfig routes, Function<Context, C> callers) {
        this.routes = routes;
        this.callers = callers;
    }

    /** @param callers who calls, or an exception (401) for a request without a valid session */
    public static <C> JsonRoutes<C> on(RoutesConfig routes, Function<Context, C> callers) {
        return new JsonRoutes<>(routes, callers);
    }

    /** {@code GET path}: what the service answers the caller. */
    public void get(String path, Function<C, ?> answer) {
        routes.get(path, ctx -> ctx.json(answer.apply(callers.apply(ctx))));
    }

    /** {@code GET path} with {@code {id}}. */
    public void getById(String path, ById<C> answer) {
        routes.get(path, ctx -> {
            C caller = callers.apply(ctx);
            ctx.json(answer.answer(caller, Requests.id(ctx, "id")));
        });
    }

    /** {@code POST path} with a body, answered 200 (an action or a question, nothing created). */
    public <B> void post(String path, Class<B> type, WithBody<C, B> answer) {
        routes.post(path, withBody(type, answer, 200));
    }

    /** {@code POST path} with a body that creates something: 201 with what was created. */
    public <B> void create(String path, Class<B> type, WithBody<C, B> created) {
        routes.post(path, withBody(type, created, 201));
    }

    /** {@code PUT path} with a body. */
    public <B> void put(String path, Class<B> type, WithBody<C, B> answer) {
        routes.put(path, withBody(type, answer, 200));
    }

    /** {@code PUT path} with {@code {id}} and a body. */
    public <B> void putById(String path, Class<B> type, ByIdWithBody<C, B> answer) {
        routes.put(path, ctx -> {
            C caller = callers.apply(ctx);
            long id = Requests.id(ctx, "id");
            ctx.json(answer.answer(caller, id, Requests.body(ctx, type)));
        });
    }

    private <B> Handler withBody(Class<B> type, WithBody<C, B> answer, int status) {
        return ctx -> {
            C caller = callers.apply(ctx);
            ctx.status(status).json(answer.answer(caller, Requests.body(ctx, type)));
        };
    }

    /** {@code DELETE path} with {@code {id}}: 204. */
    public void deleteById(String path, Deletion<C> deletion) {
        routes.delete(path, ctx -> {
            C caller = callers.apply(ctx);
            deletion.delete(caller, Requests.id(ctx, "id"));
            ctx.status(204);
        });
    }
}
