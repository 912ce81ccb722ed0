package dev.switchboard.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.app.chat.ChatLink;
import dev.switchboard.app.net.NotConnectedException;
import dev.switchboard.app.net.ProblemException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The agent socket for chat service tests: records what the service sends and lets the test
 * answer each request (acknowledge or refuse), or be offline.
 */
public final class FakeChatLink implements ChatLink {

    /** One message the service sent; {@code reply} is null for a one-way message. */
    public record Sent(String type, JsonNode payload, CompletableFuture<Void> reply) {
    }

    private final List<Sent> sent = new CopyOnWriteArrayList<>();
    private volatile boolean online;
    private volatile boolean acknowledgeAtOnce;

    /** Online: requests wait for the test's answer, or are acknowledged at once when {@code acknowledgeAtOnce}. */
    public void online(boolean acknowledgeAtOnce) {
        this.online = true;
        this.acknowledgeAtOnce = acknowledgeAtOnce;
    }

    /** Offline: requests fail as on a dropped connection, including those still waiting for an answer. */
    public void offline() {
        online = false;
        sent.stream().filter(s -> s.reply() != null).forEach(s -> s.reply().completeExceptionally(new NotConnectedException("dropped")));
    }

    @Override
    public CompletableFuture<Void> request(String type, Object payload) {
        if (!online) {
            return CompletableFuture.failedFuture(new NotConnectedException("offline"));
        }
        CompletableFuture<Void> reply = new CompletableFuture<>();
        sent.add(new Sent(type, Json.mapper().valueToTree(payload), reply));
        if (acknowledgeAtOnce) {
            reply.complete(null);
        }
        return reply;
    }

    @Override
    public boolean tell(String type, Object payload) {
        if (!online) {
            return false;
        }
        sent.add(new Sent(type, Json.mapper().valueToTree(payload), null));
        return true;
    }

    public List<Sent> sent(String type) {
        return sent.stream().filter(s -> s.type().equals(type)).toList();
    }

    public List<Sent> all() {
        return List.copyOf(sent);
    }

    /** Answers a request as the server refuses it. */
    public static void refuse(Sent request, ProblemType type, String detail) {
        request.reply().completeExceptionally(new ProblemException(Problem.of(type, detail), Optional.empty()));
    }
}
