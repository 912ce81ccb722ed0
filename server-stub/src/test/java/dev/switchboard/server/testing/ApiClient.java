package dev.switchboard.server.testing;

import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.TimeUnit;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A plain HTTP client of the backend's REST API, as any integrator would write one. */
public final class ApiClient {

    public static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final OkHttpClient HTTP = new OkHttpClient.Builder()
            .dispatcher(manySockets())
            .readTimeout(30, TimeUnit.SECONDS)
            .retryOnConnectionFailure(false)
            .build();

    private final String baseUrl;
    private final java.util.Map<String, String> headers;

    public ApiClient(String baseUrl) {
        this(baseUrl, java.util.Map.of());
    }

    private ApiClient(String baseUrl, java.util.Map<String, String> headers) {
        this.baseUrl = baseUrl;
        this.headers = headers;
    }

    /**
     * Drops the kept-alive connections. After a backend was killed, its connections look usable to
     * OkHttp until they have been idle for 10 s, and these clients do not retry (a test must see every
     * failure): a request to the restarted backend would go out on a dead one.
     */
    public static void forgetConnections() {
        HTTP.connectionPool().evictAll();
    }

    /** This client as a reverse proxy would forward it: its requests name {@code address} in {@code X-Forwarded-For}. */
    public ApiClient forwardedFor(String address) {
        return new ApiClient(baseUrl, java.util.Map.of("X-Forwarded-For", address));
    }

    /** Every open WebSocket holds one of the dispatcher's calls (64 by default): tests open hundreds. */
    private static okhttp3.Dispatcher manySockets() {
        okhttp3.Dispatcher dispatcher = new okhttp3.Dispatcher();
        dispatcher.setMaxRequests(2048);
        dispatcher.setMaxRequestsPerHost(2048);
        return dispatcher;
    }

    public static OkHttpClient http() {
        return HTTP;
    }

    public String baseUrl() {
        return baseUrl;
    }

    public ApiResponse get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public ApiResponse post(String path, String token, Object body) {
        return send("POST", path, token, toJson(body), JSON);
    }

    public ApiResponse patch(String path, String token, Object body) {
        return send("PATCH", path, token, toJson(body), JSON);
    }

    /** Sends raw text with any media type: for bad-input tests. */
    public ApiResponse send(String method, String path, String token, String body, MediaType mediaType) {
        Request.Builder request = new Request.Builder().url(baseUrl + path);
        headers.forEach(request::header);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        RequestBody requestBody = body == null
                ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], null))
                : RequestBody.create(body, mediaType);
        request.method(method, requestBody);
        try (Response response = HTTP.newCall(request.build()).execute()) {
            return new ApiResponse(response.code(), response.header("Content-Type"), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ApiResponse login(String login, String password) {
        return post("/api/v1/auth/login", null, new java.util.LinkedHashMap<>(java.util.Map.of("login", login, "password", password)));
    }

    /** Logs in and answers the token; fails the test if the login is refused. */
    public String token(String login, String password) {
        ApiResponse response = login(login, password);
        if (response.status() != 200) {
            throw new AssertionError("login of " + login + " failed: " + response.status() + " " + response.body());
        }
        return response.as(LoginResponse.class).token();
    }

    private static String toJson(Object body) {
        if (body instanceof String text) {
            return text;
        }
        try {
            return Json.mapper().writeValueAsString(body);
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
    }
}
