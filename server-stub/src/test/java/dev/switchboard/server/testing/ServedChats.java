package dev.switchboard.server.testing;

import dev.switchboard.shared.chat.ChatMessages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Chats a test needs in the past: a visitor starts one, an agent connected on {@code agent} gets
 * it, the visitor says their lines, and the agent ends it. The visitors stay connected until
 * {@link #close}, so that each chat keeps its own visitor.
 */
public final class ServedChats implements AutoCloseable {

    private final Backend backend;
    private final List<VisitorClient> visitors = new ArrayList<>();

    public ServedChats(Backend backend) {
        this.backend = backend;
    }

    /** A visitor named {@code name} with a chat {@code agent} is given; answers the conversation's id once the agent has it. */
    public Served start(SocketClient agent, String name, String question, String... lines) {
        VisitorClient visitor = VisitorClient.arrive(backend, null, null, "https://shop.example.cn/help", "Help", null);
        visitors.add(visitor);
        visitor.send(ChatMessages.START, new ChatMessages.Start(Map.of("name", name, "question", question)));
        long id = visitor.await(ChatMessages.STARTED).payload().path("conversationId").asLong();
        agent.await(envelope -> envelope.type().equals(ChatMessages.ASSIGNED) && envelope.payload().path("id").asLong() == id, "chat " + id);
        Served served = new Served(id, visitor);
        for (String line : lines) {
            served.say(line);
        }
        return served;
    }

    /** As {@link #start}, and the agent ends the chat; answers its id once everyone was told. */
    public long ended(SocketClient agent, String name, String question, String... lines) {
        Served served = start(agent, name, question, lines);
        end(agent, served.id());
        return served.id();
    }

    public static void end(SocketClient agent, long id) {
        agent.send(ChatMessages.END, new ChatMessages.End(id));
        agent.await(envelope -> envelope.type().equals(ChatMessages.ENDED) && envelope.payload().path("conversationId").asLong() == id,
                "the end of chat " + id);
    }

    @Override
    public void close() {
        visitors.forEach(VisitorClient::close);
    }

    /** A chat going on, and its visitor. */
    public record Served(long id, VisitorClient visitor) {

        /** The visitor writes a line; returns once it is stored. */
        public void say(String text) {
            String clientId = UUID.randomUUID().toString();
            visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(id, clientId, text, null));
            visitor.socket().await(envelope -> envelope.type().equals(ChatMessages.ACK) && clientId.equals(envelope.payload().path("clientId").asText()),
                    "the ack of " + text);
        }
    }
}
