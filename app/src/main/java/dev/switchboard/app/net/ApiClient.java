package dev.switchboard.app.net;

import dev.switchboard.shared.auth.LoginRequest;
import dev.switchboard.shared.auth.LoginResponse;
import dev.switchboard.shared.auth.PasswordChange;
import dev.switchboard.shared.chat.Attachment;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessagePage;
import dev.switchboard.shared.health.Health;
import dev.switchboard.shared.health.ProtocolVersion;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.teamchat.NewDirectConversation;
import dev.switchboard.shared.teamchat.TeamConversation;
import dev.switchboard.shared.teamchat.TeamMessagePage;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.Invitation;
import dev.switchboard.shared.visitors.NewBlock;
import dev.switchboard.shared.visitors.NewInvitation;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import dev.switchboard.shared.visitors.PrechatForm;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The REST side of the protocol (docs/protocol.md), over OkHttp. Calls block: run them on a
 * background executor. Failures arrive as {@link ApiException}s that say what went wrong, so the
 * UI can show a readable message.
 */
public final class ApiClient implements AutoCloseable {

    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
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
     * Asks the server for its versions and refuses one of another protocol generation.
     *
     * @throws IncompatibleServerException when its protocol differs from {@link ProtocolVersion#PROTOCOL}
     */
    public Health checkCompatible(ServerUrl server) {
        Health health;
        try {
            health = call(server, new Request.Builder().url(server.api(API + "/health").toString()).get().build(), Health.class);
        } catch (ProblemException e) {
            throw new UnexpectedResponseException("No Switchboard health answer from " + server + ": " + e.getMessage(), e);
        }
        if (!ProtocolVersion.isCompatible(health.protocol())) {
            throw new IncompatibleServerException(health.protocol(), health.version());
        }
        return health;
    }

    public LoginResponse login(ServerUrl server, LoginRequest credentials) {
        Request request = new Request.Builder()
                .url(server.api(API + "/auth/login").toString())
                .post(RequestBody.create(ProtocolJson.write(credentials), JSON))
                .build();
        return call(server, request, LoginResponse.class);
    }

    /** Revokes the session of {@code token}. */
    public void logout(ServerUrl server, String token) {
        Request request = new Request.Builder()
                .url(server.api(API + "/auth/logout").toString())
                .header("Authorization", "Bearer " + token)
                .post(RequestBody.create(new byte[0], null))
                .build();
        call(server, request, Void.class);
    }

    /** {@code POST /api/v1/auth/password}: the agent changes their own password; their other sessions end. */
    public void changePassword(ServerUrl server, String token, PasswordChange change) {
        HttpUrl url = HttpUrl.get(server.api(API + "/auth/password").toString());
        call(server, authorized(token, url).post(json(change)).build(), Void.class);
    }

    /** {@code GET /api/v1/visitors/{id}}: the visitor with the current visit's trail and earlier visits. */
    public VisitorDetail visitorDetail(ServerUrl server, String token, String visitorId) {
        return call(server, authorized(token, visitorUrl(server, visitorId)).get().build(), VisitorDetail.class);
    }

    /** {@code GET /api/v1/sites/{site}/prechat-form}: the fields a site's visitors fill before a chat, with their labels. */
    public PrechatForm prechatForm(ServerUrl server, String token, String site) {
        HttpUrl url = HttpUrl.get(server.api(API + "/sites").toString()).newBuilder()
                .addPathSegment(site).addPathSegment("prechat-form").build();
        return call(server, authorized(token, url).get().build(), PrechatForm.class);
    }

    /** {@code GET /api/v1/sensitive-words}: the words an agent's message is held for, and whether it may be sent anyway. */
    public SensitiveWordSettings sensitiveWords(ServerUrl server, String token) {
        return call(server, authorized(token, HttpUrl.get(server.api(API + "/sensitive-words").toString())).get().build(),
                SensitiveWordSettings.class);
    }

    /** {@code POST /api/v1/visitors/{id}/invitations}; 409 when the visitor left, is blocked, chatting or invited. */
    public Invitation invite(ServerUrl server, String token, String visitorId, NewInvitation invitation) {
        HttpUrl url = visitorUrl(server, visitorId).newBuilder().addPathSegment("invitations").build();
        return call(server, authorized(token, url).post(json(invitation)).build(), Invitation.class);
    }

    /** {@code POST /api/v1/blocks}. */
    public Block block(ServerUrl server, String token, NewBlock block) {
        HttpUrl url = HttpUrl.get(server.api(API + "/blocks").toString());
        return call(server, authorized(token, url).post(json(block)).build(), Block.class);
    }

    /** {@code GET /api/v1/conversations/{id}}; 403 when the agent is not (any more) in it. */
    public Conversation conversation(ServerUrl server, String token, long conversationId) {
        return call(server, authorized(token, conversationUrl(server, conversationId).build()).get().build(), Conversation.class);
    }

    /** {@code GET /api/v1/conversations?status=}: an agent's own conversations in that status, a supervisor's all. */
    public List<Conversation> conversations(ServerUrl server, String token, ConversationStatus status) {
        HttpUrl url = HttpUrl.get(server.api(API + "/conversations").toString()).newBuilder()
                .addQueryParameter("status", status.name().toLowerCase(Locale.ROOT)).build();
        return List.of(call(server, authorized(token, url).get().build(), Conversation[].class));
    }

    /** {@code GET /api/v1/conversations/{id}/messages?after=SEQ}: one page of messages after {@code after}. */
    public MessagePage messages(ServerUrl server, String token, long conversationId, long after) {
        HttpUrl url = conversationUrl(server, conversationId).addPathSegment("messages")
                .addQueryParameter("after", Long.toString(after)).build();
        return call(server, authorized(token, url).get().build(), MessagePage.class);
    }

    /** {@code POST /api/v1/conversations/{id}/attachments?name=}: 413 when too large, 415 for a forbidden type. */
    public Attachment upload(ServerUrl server, String token, long conversationId, String fileName, byte[] content) {
        HttpUrl url = conversationUrl(server, conversationId).addPathSegment("attachments").addQueryParameter("name", fileName).build();
        RequestBody body = RequestBody.create(content, MediaType.get("application/octet-stream"));
        return call(server, authorized(token, url).post(body).build(), Attachment.class);
    }

    /** {@code GET /api/v1/attachments/{id}[?thumbnail=true]}: the file's bytes. */
    public byte[] download(ServerUrl server, String token, String attachmentId, boolean thumbnail) {
        HttpUrl.Builder url = HttpUrl.get(server.api(API + "/attachments").toString()).newBuilder().addPathSegment(attachmentId);
        if (thumbnail) {
            url.addQueryParameter("thumbnail", "true");
        }
        Request request = authorized(token, url.build()).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw new ProblemException(problemOf(response, readBody(body)), retryAfter(response));
            }
            return body == null ? new byte[0] : body.bytes();
        } catch (IOException e) {
            throw new ServerUnreachableException(server.toString(), e);
        }
    }

    /** {@code GET /api/v1/<path>?<query>} read as {@code type}: for features whose calls need nothing special (history, wrap-up). */
    public <T> T get(ServerUrl server, String token, String path, Map<String, String> query, Class<T> type) {
        return call(server, authorized(token, apiUrl(server, path, query)).get().build(), type);
    }

    /** {@code PUT /api/v1/<path>} with a JSON body, the answer read as {@code type}. */
    public <T> T put(ServerUrl server, String token, String path, Object body, Class<T> type) {
        return call(server, authorized(token, apiUrl(server, path, Map.of())).put(json(body)).build(), type);
    }

    /** {@code GET /api/v1/<path>?<query>}: the body's bytes as sent (an export, its byte order mark included). */
    public byte[] bytes(ServerUrl server, String token, String path, Map<String, String> query) {
        Request request = authorized(token, apiUrl(server, path, query)).get().build();
        try (Response response = http.newCall(request).execute()) {
            ResponseBody body = response.body();
            if (!response.isSuccessful()) {
                throw new ProblemException(problemOf(response, readBody(body)), retryAfter(response));
            }
            return body == null ? new byte[0] : body.bytes();
        } catch (IOException e) {
            throw new ServerUnreachableException(server.toString(), e);
        }
    }

    /** {@code path}'s segments ("history/12/export") encoded one by one, and the query parameters. */
    private static HttpUrl apiUrl(ServerUrl server, String path, Map<String, String> query) {
        HttpUrl.Builder url = HttpUrl.get(server.api(API).toString()).newBuilder();
        for (String segment : path.split("/")) {
            if (!segment.isEmpty()) {
                url.addPathSegment(segment);
            }
        }
        query.forEach(url::addQueryParameter);
        return url.build();
    }

    // --- internal chat between agents (issue 11) ---

    /** {@code GET /api/v1/team/conversations}: the conversations the agent is in, each group's among them. */
    public List<TeamConversation> teamConversations(ServerUrl server, String token) {
        HttpUrl url = HttpUrl.get(server.api(API + "/team/conversations").toString());
        return List.of(call(server, authorized(token, url).get().build(), TeamConversation[].class));
    }

    /** {@code POST /api/v1/team/conversations}: the one-to-one conversation with a colleague, made on first use. */
    public TeamConversation directTeamConversation(ServerUrl server, String token, long agentId) {
        HttpUrl url = HttpUrl.get(server.api(API + "/team/conversations").toString());
        return call(server, authorized(token, url).post(json(new NewDirectConversation(agentId))).build(), TeamConversation.class);
    }

    /** {@code GET /api/v1/team/conversations/{id}/messages?before=SEQ&limit=N}: the newest messages before {@code before}. */
    public TeamMessagePage teamMessagesBefore(ServerUrl server, String token, long conversationId, long before, int limit) {
        HttpUrl url = HttpUrl.get(server.api(API + "/team/conversations").toString()).newBuilder()
                .addPathSegment(Long.toString(conversationId)).addPathSegment("messages")
                .addQueryParameter("before", Long.toString(before)).addQueryParameter("limit", Integer.toString(limit)).build();
        return call(server, authorized(token, url).get().build(), TeamMessagePage.class);
    }

    /**
     * A JSON request to a feature's own endpoint: {@code /api/v1/} and {@code segments}, each
     * encoded as one path segment. {@code body} null sends none; {@code Void.class} reads no answer.
     * Throws {@link ProblemException} for an error answer and {@link ServerUnreachableException}.
     */
    public <T> T exchange(ServerUrl server, String token, String method, Object body, Class<T> answerType, String... segments) {
        HttpUrl.Builder url = HttpUrl.get(server.api(API).toString()).newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        RequestBody content = body == null ? (method.equals("GET") || method.equals("DELETE") ? null : RequestBody.create(new byte[0], JSON))
                : json(body);
        return call(server, authorized(token, url.build()).method(method, content).build(), answerType);
    }

    /**
     * Like {@link #exchange}, with raw bytes of {@code mediaType} as the body (a picture) instead of
     * JSON. Throws {@link ProblemException} for an error answer and {@link ServerUnreachableException}.
     */
    public <T> T exchangeBytes(ServerUrl server, String token, String method, byte[] body, String mediaType, Class<T> answerType,
                               String... segments) {
        HttpUrl.Builder url = HttpUrl.get(server.api(API).toString()).newBuilder();
        for (String segment : segments) {
            url.addPathSegment(segment);
        }
        return call(server, authorized(token, url.build()).method(method, RequestBody.create(body, MediaType.get(mediaType))).build(),
                answerType);
    }

    // --- who works which chat (issue 11) ---

    /** {@code GET /api/v1/workload}: every agent's chats against their limit. */
    public List<dev.switchboard.shared.chat.AgentWorkload> workload(ServerUrl server, String token) {
        HttpUrl url = HttpUrl.get(server.api(API + "/workload").toString());
        return List.of(call(server, authorized(token, url).get().build(), dev.switchboard.shared.chat.AgentWorkload[].class));
    }

    /** {@code GET /api/v1/away-reasons}: the reasons an agent may give for being away. */
    public List<dev.switchboard.shared.agents.AwayReason> awayReasons(ServerUrl server, String token) {
        HttpUrl url = HttpUrl.get(server.api(API + "/away-reasons").toString());
        return List.of(call(server, authorized(token, url).get().build(), dev.switchboard.shared.agents.AwayReason[].class));
    }

    /** {@code PUT /api/v1/agents/{id}/status}: a supervisor sets an agent's status. */
    public void setAgentStatus(ServerUrl server, String token, long agentId, dev.switchboard.shared.agents.StatusChange change) {
        HttpUrl url = HttpUrl.get(server.api(API + "/agents").toString()).newBuilder().addPathSegment(Long.toString(agentId))
                .addPathSegment("status").build();
        call(server, authorized(token, url).put(json(change)).build(), Void.class);
    }

    private static HttpUrl.Builder conversationUrl(ServerUrl server, long conversationId) {
        return HttpUrl.get(server.api(API + "/conversations").toString()).newBuilder().addPathSegment(Long.toString(conversationId));
    }

    /** Visitor ids come from the network: encoded as one path segment, never spliced into the path. */
    private static HttpUrl visitorUrl(ServerUrl server, String visitorId) {
        return HttpUrl.get(server.api(API + "/visitors").toString()).newBuilder().addPathSegment(visitorId).build();
    }

    private static Request.Builder authorized(String token, HttpUrl url) {
        return new Request.Builder().url(url).header("Authorization", "Bearer " + token);
    }

    private static RequestBody json(Object body) {
        return RequestBody.create(ProtocolJson.write(body), JSON);
    }

    private <T> T call(ServerUrl server, Request request, Class<T> answerType) {
        try (Response response = http.newCall(request).execute()) {
            String body = readBody(response.body());
            if (!response.isSuccessful()) {
                throw new ProblemException(problemOf(response, body), retryAfter(response));
            }
            if (answerType == Void.class) {
                return null;
            }
            try {
                return ProtocolJson.read(body, answerType);
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
