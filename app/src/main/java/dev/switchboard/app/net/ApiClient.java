package dev.switchboard.app.net;

import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.health.Health;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.problem.Problem;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The REST side of the protocol (docs/protocol.md), over OkHttp: one generic call,
 * {@link #send}, and the handshake of a session (protocol check, sign-in, sign-out) on top of it.
 * The features' typed calls live in their own packages ({@code RestChatApi}, {@code HistoryApi},
 * …), mostly through a {@link SessionApi}. Calls block: run them on a background executor.
 * Failures arrive as {@link ApiException}s that say what went wrong, so the UI can show a
 * readable message.
 */
public final class ApiClient implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final MediaType OCTETS = MediaType.get("application/octet-stream");
    private static final String API = "/api/v1";

    private final OkHttpClient http;

    public ApiClient() {
        this.http = new OkHttpClient.Builder()
                .connectTimeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofSeconds(15))
                .callTimeout(Duration.ofSeconds(20))
                .build();
    }

    /**
     * One call to {@code /api/v1/<path>}.
     *
     * @param token      the session's bearer token; null for a call before sign-in
     * @param method     GET, POST, PUT, DELETE
     * @param body       null for none, {@code byte[]} sent as they are (a file), anything else as JSON
     * @param answerType {@code Void.class} reads no answer, {@code byte[].class} the body's bytes as sent
     *                   (a file, an export), anything else is read from JSON
     * @throws ProblemException            the server refused, with its problem document
     * @throws ServerUnreachableException  no answer
     * @throws UnexpectedResponseException an answer that is not what {@code answerType} says
     */
    public <T> T send(ServerUrl server, String token, String method, ApiPath path, Object body, Class<T> answerType) {
        HttpUrl.Builder url = HttpUrl.get(server.api(API).toString()).newBuilder();
        path.segments().forEach(url::addPathSegment);
        path.query().forEach(url::addQueryParameter);
        Request.Builder request = new Request.Builder().url(url.build()).method(method, requestBody(method, body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return call(server, request.build(), answerType);
    }

    private static RequestBody requestBody(String method, Object body) {
        if (body == null) {
            return method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], JSON);
        }
        return body instanceof byte[] bytes ? RequestBody.create(bytes, OCTETS) : RequestBody.create(ProtocolJson.write(body), JSON);
    }

    // --- the handshake of a session ---

    /**
     * Asks the server for its versions and refuses one of another protocol generation.
     *
     * @throws IncompatibleServerException when its protocol differs from {@link ProtocolVersion#PROTOCOL}
     */
    public Health checkCompatible(ServerUrl server) {
        Health health;
        try {
            health = send(server, null, "GET", ApiPath.of("health"), null, Health.class);
        } catch (ProblemException e) {
            throw new UnexpectedResponseException("No Switchboard health answer from " + server + ": " + e.getMessage(), e);
        }
        if (!ProtocolVersion.isCompatible(health.protocol())) {
            throw new IncompatibleServerException(health.protocol(), health.version());
        }
        return health;
    }

    public LoginResponse login(ServerUrl server, LoginRequest credentials) {
        return send(server, null, "POST", ApiPath.of("auth", "login"), credentials, LoginResponse.class);
    }

    /** Revokes the session of {@code token}. */
    public void logout(ServerUrl server, String token) {
        send(server, token, "POST", ApiPath.of("auth", "logout"), null, Void.class);
    }

    // --- the exchange ---

    @SuppressWarnings("unchecked")
    private <T> T call(ServerUrl server, Request request, Class<T> answerType) {
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw new ProblemException(problemOf(response, readBody(body)), retryAfter(response));
            }
            if (answerType == byte[].class) {
                return (T) (body == null ? new byte[0] : body.bytes());
            }
            String text = readBody(body);
            if (answerType == Void.class) {
                return null;
            }
            try {
                return ProtocolJson.read(text, answerType);
            } catch (IllegalArgumentException e) {
                throw new UnexpectedResponseException("Unexpected answer from " + server + request.url().encodedPath(), e);
            }
        } catch (IOException e) {
            throw new ServerUnreachableException(server.toString(), e);
        }
    }

    private static String readBody(ResponseBody body) throws IOException {
        return body == null ? "" : body.string();
    }

    /** The problem document of an error answer, or one made up from the status when there is none. */
    private static Problem problemOf(Response response, String body) {
        String contentType = response.header("Content-Type", "");
        if (contentType.contains("json") && !body.isBlank()) {
            try {
                return ProtocolJson.read(body, Problem.class);
            } catch (IllegalArgumentException notAProblem) {
                // fall through: answer with what the status line says
            }
        }
        return new Problem("about:blank", "HTTP " + response.code(), response.code(), response.message(), List.of());
    }

    private static Optional<Duration> retryAfter(Response response) {
        String header = response.header("Retry-After");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Duration.ofSeconds(Long.parseLong(header.trim())));
        } catch (NumberFormatException httpDate) {
            // The protocol sends seconds; an HTTP date is allowed by HTTP but not used by our server.
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
