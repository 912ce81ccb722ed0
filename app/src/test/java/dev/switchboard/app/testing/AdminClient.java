package dev.switchboard.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.json.Json;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** The demo administrator over plain REST, for changing accounts behind a workstation's back. */
public final class AdminClient {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

    private final OkHttpClient http = new OkHttpClient();
    private final String baseUrl;
    private final String token;

    private AdminClient(String baseUrl, String token) {
        this.baseUrl = baseUrl;
        this.token = token;
    }

    public static AdminClient signIn(String baseUrl) throws IOException {
        return signIn(baseUrl, "admin", "switchboard");
    }

    /** Any account over plain REST, e.g. an agent changing their own settings from "another PC". */
    public static AdminClient signIn(String baseUrl, String login, String password) throws IOException {
        AdminClient anonymous = new AdminClient(baseUrl, null);
        String credentials = Json.mapper().createObjectNode().put("login", login).put("password", password).toString();
        JsonNode answer = anonymous.call(new Request.Builder().url(baseUrl + "/api/v1/auth/login")
                .post(RequestBody.create(credentials, JSON)).build());
        return new AdminClient(baseUrl, answer.get("token").asText());
    }

    public long idOf(String login) throws IOException {
        for (JsonNode agent : call(authorized("/api/v1/agents").get().build())) {
            if (agent.get("login").asText().equals(login)) {
                return agent.get("id").asLong();
            }
        }
        throw new AssertionError("no agent " + login);
    }

    /** Any GET the administrator may do, e.g. {@code /api/v1/visitors/{id}}. */
    public JsonNode get(String path) throws IOException {
        return call(authorized(path).get().build());
    }

    public void patch(long agentId, String json) throws IOException {
        call(authorized("/api/v1/agents/" + agentId).patch(RequestBody.create(json, JSON)).build());
    }

    /** Any PUT the administrator may do, e.g. a site's pre-chat form. */
    public JsonNode put(String path, String json) throws IOException {
        return call(authorized(path).put(RequestBody.create(json, JSON)).build());
    }

    /** A PUT of raw bytes, e.g. one's own picture to {@code /api/v1/me/avatar}. */
    public JsonNode putBytes(String path, byte[] body) throws IOException {
        return call(authorized(path).put(RequestBody.create(body, MediaType.get("application/octet-stream"))).build());
    }

    private Request.Builder authorized(String path) {
        return new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer " + token);
    }

    private JsonNode call(Request request) throws IOException {
        try (Response response = http.newCall(request).execute()) {
            String body = response.body() == null ? "" : response.body().string();
            if (!response.isSuccessful()) {
                throw new AssertionError(request.method() + " " + request.url() + " answered " + response.code() + " " + body);
            }
            return Json.mapper().readTree(body);
        }
    }
}
