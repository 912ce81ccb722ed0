package dev.switchboard.server.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.ws.AgentSocket;
import dev.switchboard.shared.ws.MessageTypes;
import java.io.IOException;
import java.io.UncheckedIOException;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The files of a chat follow its participants, past and present: after a transfer the new owner
 * opens the pictures sent before it, and the agent who handed the chat over still opens those in
 * the tab they keep; an agent who never took part gets nothing.
 */
class AttachmentAccessTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ChatFiles chat = ChatFiles.open(backend);
    final String bobToken = backend.token("bob");
    final SocketClient bob = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), bobToken);

    @AfterEach
    void stop() {
        bob.close();
        chat.close();
    }

    @Test
    void afterATransferTheNewOwnerAndThePreviousOneOpenThePicturesSentBefore() {
        bob.await(MessageTypes.WELCOME);
        String fromVisitor = chat.fromVisitor("damage.png", TestImages.png(800, 600)).json().path("id").asText();
        chat.visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(chat.conversation, "v-img", null, null, fromVisitor));
        chat.alice.await(e -> e.type().equals(ChatMessages.MESSAGE) && "v-img".equals(e.payload().path("clientId").asText()), "the picture");
        String fromAlice = chat.fromAgent("manual.png", TestImages.png(300, 200)).json().path("id").asText();
        assertThat(download(fromVisitor, bobToken, false)).as("bob has not taken part yet").isEqualTo(404);

        long bobId = backend.api().get("/api/v1/auth/me", bobToken).json().path("id").asLong();
        chat.alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(chat.conversation, bobId, null, null));
        bob.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat.conversation, "the transfer");

        for (String id : new String[] {fromVisitor, fromAlice}) {
            assertThat(download(id, bobToken, false)).as("the new owner opens " + id).isEqualTo(200);
            assertThat(download(id, bobToken, true)).as("and sees its thumbnail").isEqualTo(200);
            assertThat(download(id, chat.aliceToken, false)).as("the previous owner still opens " + id).isEqualTo(200);
        }
        assertThat(chat.agentDownload(fromVisitor).status()).isEqualTo(200);
    }

    @Test
    void aChatTransferredToAGroupShowsItsPicturesToWhoeverTakesIt() {
        bob.await(MessageTypes.WELCOME);
        String picture = chat.fromVisitor("receipt.png", TestImages.png(640, 480)).json().path("id").asText();
        chat.visitor.send(ChatMessages.MESSAGE, new ChatMessages.Post(chat.conversation, "v-img", null, null, picture));
        chat.alice.await(e -> e.type().equals(ChatMessages.MESSAGE) && "v-img".equals(e.payload().path("clientId").asText()), "the picture");

        // group 2 is After-sales: bob's, not alice's
        chat.alice.send(ChatMessages.TRANSFER, new ChatMessages.Transfer(chat.conversation, null, 2L, null));
        bob.await(e -> e.type().equals(ChatMessages.ASSIGNED) && e.payload().path("id").asLong() == chat.conversation, "the chat from the queue");

        assertThat(download(picture, bobToken, false)).isEqualTo(200);
        assertThat(download(picture, chat.aliceToken, true)).isEqualTo(200);
        assertThat(download(picture, backend.api().token("carol", TestBackend.PASSWORD), false)).as("supervisors read every chat").isEqualTo(200);
    }

    private int download(String id, String token, boolean thumbnail) {
        Request request = new Request.Builder().url(backend.api().baseUrl() + "/api/v1/attachments/" + id + (thumbnail ? "?thumbnail=true" : ""))
                .header("Authorization", "Bearer " + token).build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            return response.code();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
