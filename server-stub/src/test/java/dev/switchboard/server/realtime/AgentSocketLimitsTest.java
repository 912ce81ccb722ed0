package dev.switchboard.server.realtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The agent socket's size limit as protocol.md states it: 64 KB a message, larger ones close the socket with 1009. */
class AgentSocketLimitsTest {

    static final int LIMIT = 64 * 1024;

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final String alice = backend.token("alice");

    @Test
    void aMessageOfExactlySixtyFourKilobytesIsServed() {
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            socket.await(MessageTypes.WELCOME);
            socket.sendRaw(statusOf(LIMIT));

            assertThat(socket.await(MessageTypes.ACK).payload().path("ref").asText()).startsWith("xxx");
            assertThat(socket.isClosed()).isFalse();
        }
    }

    @Test
    void aLargerMessageClosesTheSocketWith1009() {
        try (SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), alice)) {
            socket.await(MessageTypes.WELCOME);
            socket.sendRaw(statusOf(LIMIT + 1));

            assertThat(socket.closeCode()).isEqualTo(1009);
        }
    }

    /** A valid status.set padded (in its id) to exactly {@code bytes} bytes. */
    private static String statusOf(int bytes) {
        String head = "{\"type\":\"status.set\",\"payload\":{\"status\":\"AWAY\"},\"id\":\"";
        String tail = "\"}";
        String message = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
        assertThat(message.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return message;
    }
}
