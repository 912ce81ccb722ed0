package dev.switchboard.bench;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.json.Json;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.Dispatcher;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** A small REST client for the benchmarks. */
final class Http {

    private static final MediaType JSON = MediaType.get("application/json");

    final OkHttpClient client;
    final String baseUrl;

    Http(String baseUrl) {
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(4096);
        dispatcher.setMaxRequestsPerHost(4096);
        this.client = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectionPool(new ConnectionPool(64, 1, TimeUnit.MINUTES))
                .pingInterval(20, TimeUnit.SECONDS)
                .readTimeout(60, TimeUnit.SECONDS)
                .build();
        this.baseUrl = baseUrl;
    }

    JsonNode get(String path, String token) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer " + token).build());
    }

    JsonNode post(String path, String token, Object body) throws IOException {
        Request.Builder request = new Request.Builder().url(baseUrl + path)
                .post(RequestBody.create(Json.mapper().writeValueAsString(body), JSON));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return call(request.build());
    }

    JsonNode put(String path, String token, Object body) throws IOException {
        return call(new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer " + token)
                .put(RequestBody.create(Json.mapper().writeValueAsString(body), JSON)).build());
    }

    String login(String login, String password) throws IOException {
        return post("/api/v1/auth/login", null, java.util.Map.of("login", login, "password", password)).path("token").asText();
    }

    private JsonNode call(Request request) throws IOException {
        try (Response response = client.newCall(request).execute()) {
            String body = response.body().string();
            if (!response.isSuccessful()) {
                throw new IOException(request.method() + " " + request.url() + " -> " + response.code() + " " + body);
            }
            return body.isEmpty() ? null : Json.mapper().readTree(body);
        }
    }
}
