package dev.switchboard.server.infra;

import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.json.JavalinJackson;
import io.javalin.router.InternalRouter;
import io.javalin.websocket.WsHandlerType;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Javalin server with the conventions of every endpoint: strict JSON, bodies up to 1 MiB,
 * problem documents for every error, no stack trace to a client, one log line per request.
 */
public final class HttpApi {

    public static final long MAX_BODY_BYTES = 1024 * 1024;
    private static final int ACCEPT_QUEUE = 4096;
    private static final Logger LOG = LoggerFactory.getLogger("http");
    private static final String PROBLEM_WRITTEN = "switchboard.problem";

    private HttpApi() {
    }

    /** A feature's endpoints. */
    @FunctionalInterface
    public interface Routes {
        void register(RoutesConfig routes);
    }

    /**
     * An endpoint as registered: an HTTP method, or {@code WS} for a WebSocket, and its path
     * pattern with the parameters in braces ({@code /api/v1/agents/{id}}).
     */
    public record Endpoint(String method, String path) {
    }

    public static Javalin create(String host, int port, List<Routes> features) {
        return Javalin.create(config -> configure(config, host, port, features));
    }

    /**
     * Every endpoint the server answers, as Javalin's router holds them after the features
     * registered theirs: what tests hold against the role matrix. Filters (before, after) are no
     * endpoints and are left out.
     */
    public static List<Endpoint> endpoints(Javalin http) {
        InternalRouter router = http.unsafe.internalRouter;
        Stream<Endpoint> requests = router.allHttpHandlers().stream()
                .map(parsed -> parsed.endpoint)
                .filter(endpoint -> endpoint.method.isHttpMethod())
                .map(endpoint -> new Endpoint(endpoint.method.name(), endpoint.path));
        Stream<Endpoint> sockets = router.allWsHandlers().stream()
                .filter(entry -> entry.getType() == WsHandlerType.WEBSOCKET)
                .map(entry -> new Endpoint("WS", entry.getPath()));
        return Stream.concat(requests, sockets).distinct().toList();
    }

    private static void configure(JavalinConfig config, String host, int port, List<Routes> features) {
        // Java's default accept backlog of 50 refuses connections when thousands of widgets
        // (re)connect at once, after a deploy or a network blip; queue them instead.
        config.jetty.addConnector((server, httpConfiguration) -> {
            ServerConnector connector = new ServerConnector(server, new HttpConnectionFactory(httpConfiguration));
            connector.setHost(host);
            connector.setPort(port);
            connector.setAcceptQueueSize(ACCEPT_QUEUE);
            return connector;
        });
        // what Jetty refuses itself, before and inside the servlet, answers problem JSON too
        ProblemErrorHandler errors = new ProblemErrorHandler();
        config.jetty.modifyServer(server -> server.setErrorHandler(errors));
        config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(errors));
        config.startup.showJavalinBanner = false;
        config.startup.showOldJavalinVersionWarning = false;
        config.http.maxRequestSize = MAX_BODY_BYTES;
        config.http.prefer405over404 = true;
        config.http.defaultContentType = "application/json; charset=utf-8";
        config.router.ignoreTrailingSlashes = true;
        config.jsonMapper(new JavalinJackson(Json.mapper(), false));
        config.requestLogger.http((ctx, ms) -> LOG.info("{} {} {} {}ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));

        RoutesConfig routes = config.routes;
        routes.before(ctx -> {
            SecurityHeaders.everyAnswer(ctx);
            if (ctx.path().startsWith("/api/")) {
                ctx.header("Cache-Control", "no-store");
            }
        });
        routes.exception(ApiException.class, (e, ctx) -> writeProblem(ctx, e.problem(), e.headers()));
        routes.exception(HttpResponseException.class, (e, ctx) -> writeProblem(ctx, fromJavalin(e), Map.of()));
        routes.exception(Exception.class, (e, ctx) -> {
            String incident = UUID.randomUUID().toString();
            LOG.error("incident {} on {} {}", incident, ctx.method(), ctx.path(), e);
            writeProblem(ctx, Problem.of(ProblemType.INTERNAL, "an unexpected error happened; incident " + incident), Map.of());
        });
        Consumer<Context> notFound = ctx -> {
            if (ctx.attribute(PROBLEM_WRITTEN) == null) {
                writeProblem(ctx, Problem.of(ProblemType.NOT_FOUND, "no such resource: " + ctx.path()), Map.of());
            }
        };
        routes.error(404, notFound::accept);
        features.forEach(feature -> feature.register(routes));
    }

    static void writeProblem(Context ctx, Problem problem, Map<String, String> headers) {
        ctx.attribute(PROBLEM_WRITTEN, Boolean.TRUE);
        headers.forEach(ctx::header);
        ctx.status(problem.status());
        ctx.contentType(Problem.MEDIA_TYPE);
        ctx.result(Json.mapper().valueToTree(problem).toString());
    }

    private static Problem fromJavalin(HttpResponseException e) {
        ProblemType type = switch (e.getStatus()) {
            case 400 -> ProblemType.MALFORMED_JSON;
            case 401 -> ProblemType.UNAUTHENTICATED;
            case 403 -> ProblemType.FORBIDDEN;
            case 404 -> ProblemType.NOT_FOUND;
            case 405 -> ProblemType.METHOD_NOT_ALLOWED;
            case 413 -> ProblemType.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemType.UNSUPPORTED_MEDIA_TYPE;
            default -> null;
        };
        if (type == null) {
            return new Problem("about:blank", e.getMessage(), e.getStatus(), e.getMessage(), List.of());
        }
        String detail = type == ProblemType.PAYLOAD_TOO_LARGE
                ? "the body is larger than " + MAX_BODY_BYTES + " bytes"
                : e.getMessage();
        return Problem.of(type, detail);
    }
}
