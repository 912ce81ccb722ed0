package dev.switchboard.server.visitors;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The visitor socket's size limit as protocol.md states it: a message over 16 KB (UTF-8) closes the
 * socket with 4400 "protocol violation"; one at the limit is served; a frame far beyond it is cut
 * off from its header, before any of it is read.
 */
class VisitorMessageSizeTest {

    static final int LIMIT = 16 * 1024;
    static final String PAGE = "https://shop.example.cn/";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();

    @Test
    void aMessageOfExactlySixteenKilobytesIsServed() {
        try (VisitorClient page = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            page.socket().sendRaw(historyRequestOf(LIMIT));

            assertThat(page.await(ChatMessages.HISTORY).payload().path("more").asBoolean()).isFalse();
            assertThat(page.socket().isClosed()).isFalse();
        }
    }

    @Test
    void aMessageOneByteOverTheLimitClosesWith4400() {
        try (VisitorClient page = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            page.socket().sendRaw(historyRequestOf(LIMIT + 1));

            assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
            assertThat(page.socket().closeReason()).isEqualTo("protocol violation");
        }
    }

    @Test
    void theLimitCountsBytesNotCharacters() {
        try (VisitorClient page = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            // 6,000 characters, 18,000 bytes
            page.socket().sendRaw("{\"type\":\"heartbeat\",\"id\":\"" + "滤".repeat(6000) + "\",\"payload\":{\"visible\":true}}");

            assertThat(page.socket().closeCode()).isEqualTo(WidgetMessages.CLOSE_VIOLATION);
        }
    }

    @Test
    void aFrameClaimingTwoGigabytesIsCutOffFromItsHeader() throws IOException {
        try (Socket socket = new Socket("localhost", backend.server().port());
             VisitorClient bystander = VisitorClient.arrive(backend, null, null, PAGE, "Home", null)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            out.write(("GET " + WidgetMessages.PATH + " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nOrigin: https://shop.example.cn\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            assertThat(readHead(in)).startsWith("HTTP/1.1 101");

            // a masked text frame whose header announces 2^31 bytes; only a few follow
            ByteBuffer frame = ByteBuffer.allocate(2 + 8 + 4 + 16);
            frame.put((byte) 0x81).put((byte) (0x80 | 127)).putLong(1L << 31).putInt(0x01020304).put(new byte[16]);
            out.write(frame.array());
            out.flush();

            assertThat(in.read()).as("a close frame").isEqualTo(0x88);
            int length = in.read();
            byte[] payload = in.readNBytes(length);
            assertThat(((payload[0] & 0xff) << 8) | (payload[1] & 0xff)).as("close code").isEqualTo(1009);
            bystander.send(WidgetMessages.HEARTBEAT, new WidgetMessages.Heartbeat(true));
            assertThat(bystander.socket().isClosed()).isFalse();
        }
    }

    /** A valid chat.history request padded (in its id) to exactly {@code bytes} bytes. */
    private static String historyRequestOf(int bytes) {
        String head = "{\"type\":\"chat.history\",\"payload\":{\"before\":null},\"id\":\"";
        String tail = "\"}";
        String message = head + "x".repeat(bytes - head.length() - tail.length()) + tail;
        assertThat(message.getBytes(StandardCharsets.UTF_8)).hasSize(bytes);
        return message;
    }

    private static String readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }
}
