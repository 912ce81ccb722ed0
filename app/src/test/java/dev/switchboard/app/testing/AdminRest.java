package dev.switchboard.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.json.Json;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * The demo administrator over plain REST, any method: to set the stage for an administration test
 * and to change things behind the workstation's back. A refusal fails the test.
 */
public record AdminRest(OkHttpClient http, String baseUrl, String token) {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    public static AdminRest signIn(String baseUrl) throws IOException {
        AdminRest anonymous = new AdminRest(new OkHttpClient(), baseUrl, null);
        String token = anonymous.call("POST", "/api/v1/auth/login", "{\"login\":\"admin\",\"password\":\"switchboard\"}").path("token").asText();
        return new AdminRest(anonymous.http(), baseUrl, token);
    }

    /** The first element of the list at {@code path} whose {@code field} is {@code value}. */
    public JsonNode find(String path, String field, String value) throws IOException {
        for (JsonNode item : call("GET", path, null)) {
            if (item.path(field).asText().equals(value)) {
                return item;
            }
        }
        throw new AssertionError("nothing at " + path + " with " + field + " " + value);
    }

    public Group group(String name) throws IOException {
        return Json.mapper().treeToValue(find("/api/v1/groups", "name", name), Group.class);
    }

    /** {@code method} on {@code path} with a JSON body (or none); the answer's JSON, a null node for none. */
    public JsonNode call(String method, String path, String json) throws IOException {
        Request.Builder request = new Request.Builder().url(baseUrl + path)
                .method(method, json == null ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0]))
                        : RequestBody.create(json, JSON));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try (Response response = http.newCall(request.build()).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new AssertionError(method + " " + path + ": " + response.code() + " " + body);
            }
            return body.isEmpty() ? Json.mapper().nullNode() : Json.mapper().readTree(body);
        }
    }
}
