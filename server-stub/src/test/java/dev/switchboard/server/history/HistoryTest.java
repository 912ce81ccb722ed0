package dev.switchboard.server.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.Polling;
import dev.switchboard.server.testing.ServedChats;
import dev.switchboard.server.testing.SocketClient;
import dev.switchboard.shared.chat.ChatMessages;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.HistoryPage;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.ws.AgentSocket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The chat history over HTTP: Chinese found inside sentences, filters, who sees what, keyset pages, transcripts. */
class HistoryTest {

    static final String PRESALES = "售前咨询 Pre-sales";
    static final String REPAIRS = "售后维修 Repairs";

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String alice = backend.token("alice");
    final String bob = backend.token("bob");
    final String carol = backend.token("carol");
    final String admin = backend.token("admin");

    @Test
    void aChineseWordIsFoundInsideASentenceBeforeAndAfterTheChatIsIndexed() {
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            long refund = chats.ended(agent, "Emma", PRESALES, "我想申请退款可以吗");
            long sizes = chats.ended(agent, "Li Lei", PRESALES, "A7 适合 80 平米吗？");
            ServedChats.Served open = chats.start(agent, "王先生", PRESALES, "退款要多久到账");

            // whether or not the two-second indexer got to them yet, ended and open chats are found alike
            assertThat(ids("退款", alice)).containsExactly(open.id(), refund);
            backend.server().indexHistoryNow();
            assertThat(ids("退款", alice)).as("through the index now").containsExactly(open.id(), refund);
            assertThat(ids("申请退款", alice)).containsExactly(refund);
            assertThat(ids("吗", alice)).as("one character, at the end of a sentence").containsExactly(sizes, refund);
            assertThat(ids("退款申请", alice)).as("the words as written, not in any order").isEmpty();
            assertThat(ids("退货", alice)).isEmpty();
            assertThat(ids("a7", alice)).as("Latin words in any case").containsExactly(sizes);
            assertThat(ids("A7 平米", alice)).as("every word").containsExactly(sizes);
            assertThat(ids("A7 退款", alice)).isEmpty();

            HistoryEntry found = search("text=" + encode("申请退款"), alice).entries().get(0);
            assertThat(found.snippet()).isEqualTo("我想申请退款可以吗");
            assertThat(found.visitorName()).isEqualTo("Emma");
            assertThat(found.agentName()).isEqualTo("Alice 王丽");
            assertThat(found.groupName()).isEqualTo("售前 Pre-sales");
            assertThat(found.status().name()).isEqualTo("ENDED");
        }
    }

    @Test
    void chatsAreFoundByVisitorAgentGroupDateAndRating() {
        long afterSales = groupId("售后 After-sales");
        api.post("/api/v1/routing-rules", admin, Map.of("name", "Repairs", "groupId", afterSales, "questionType", REPAIRS));
        long aliceId = me(alice);
        try (ServedChats chats = new ServedChats(backend)) {
            long emma;
            long liLei;
            try (SocketClient agent = online(alice)) {
                ServedChats.Served served = chats.start(agent, "Emma", PRESALES, "hello");
                emma = served.id();
                ServedChats.end(agent, emma);
                served.visitor().send(ChatMessages.RATE, new ChatMessages.Rate(emma, 2, "太慢了"));
                backend.clock().advance(Duration.ofMinutes(30));
                liLei = chats.ended(agent, "Li Lei", PRESALES, "hi");
            }
            long repair;
            try (SocketClient agent = online(bob)) {
                repair = chats.ended(agent, "赵女士", REPAIRS, "洗衣机坏了");
            }
            Polling.await("the rating stored").until(() -> ids("rating=2", admin), found -> found.equals(List.of(emma)));

            assertThat(ids("", admin)).containsExactly(repair, liLei, emma);
            assertThat(ids("visitor=" + encode("emma"), admin)).as("by the name given").containsExactly(emma);
            String visitorId = api.get("/api/v1/history/" + liLei, admin).as(Transcript.class).chat().visitorId();
            assertThat(ids("visitor=" + encode(visitorId), admin)).as("by visitor id").containsExactly(liLei);
            assertThat(ids("agentId=" + aliceId, admin)).containsExactly(liLei, emma);
            assertThat(ids("groupId=" + afterSales, admin)).containsExactly(repair);
            Instant yesterday = backend.clock().instant().minus(Duration.ofMinutes(15));
            assertThat(ids("from=" + yesterday, admin)).containsExactly(repair, liLei);
            assertThat(ids("to=" + yesterday, admin)).containsExactly(emma);
            assertThat(ids("rating=5", admin)).isEmpty();

            assertThat(ids("", alice)).as("an agent sees their own chats").containsExactly(liLei, emma);
            assertThat(ids("", bob)).containsExactly(repair);
            assertThat(ids("", carol)).as("a supervisor sees their groups' chats").containsExactly(repair, liLei, emma);
            assertThat(api.get("/api/v1/history/" + repair, alice).status()).as("outside alice's history").isEqualTo(403);
            assertThat(api.get("/api/v1/history/999999", alice).status()).isEqualTo(404);
            assertThat(api.get("/api/v1/history?rating=6", alice).status()).isEqualTo(400);
            assertThat(api.get("/api/v1/history?from=yesterday", alice).isProblem()).isTrue();

            Transcript transcript = api.get("/api/v1/history/" + emma, alice).as(Transcript.class);
            assertThat(transcript.chat().rating()).isEqualTo(2);
            assertThat(transcript.chat().ratingComment()).isEqualTo("太慢了");
            assertThat(transcript.messages()).extracting(m -> m.body()).contains("hello", "The chat has ended");
        }
    }

    @Test
    void pagesAreKeysetPagesThatStayPutWhileNewChatsArrive() {
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            List<Long> made = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                made.add(0, chats.ended(agent, "Visitor " + i, PRESALES, "订单 " + i));
            }
            HistoryPage first = search("limit=2", alice);
            assertThat(first.entries()).extracting(HistoryEntry::conversationId).containsExactlyElementsOf(made.subList(0, 2));
            long newer = chats.ended(agent, "Late", PRESALES, "订单 late");
            HistoryPage second = search("limit=2&before=" + first.nextBefore(), alice);
            assertThat(second.entries()).extracting(HistoryEntry::conversationId).as("a new chat does not shift later pages")
                    .containsExactlyElementsOf(made.subList(2, 4));
            HistoryPage last = search("limit=2&before=" + second.nextBefore(), alice);
            assertThat(last.entries()).extracting(HistoryEntry::conversationId).containsExactly(made.get(4));
            assertThat(last.nextBefore()).as("the last page").isNull();
            assertThat(search("limit=2", alice).entries().get(0).conversationId()).isEqualTo(newer);
            backend.server().indexHistoryNow();
            assertThat(ids("text=" + encode("订单") + "&limit=3", alice)).as("text searches page the same way").hasSize(3);
        }
    }

    @Test
    void transcriptsExportAsCsvAndTextWithAByteOrderMarkForExcel() {
        try (SocketClient agent = online(alice); ServedChats chats = new ServedChats(backend)) {
            long id = chats.ended(agent, "Emma", PRESALES, "我想申请退款, \"急\"", "=SUM(A1)");
            ApiResponse csv = api.get("/api/v1/history/" + id + "/export?format=csv&lang=zh-CN&zone=Asia/Shanghai", alice);
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.contentType()).startsWith("text/csv");
            assertThat(csv.headers().get("Content-Disposition")).contains("switchboard-chat-" + id + ".csv");
            assertThat(bytes("/api/v1/history/" + id + "/export?format=csv", alice)).as("UTF-8's byte order mark first")
                    .startsWith(0xEF, 0xBB, 0xBF);
            assertThat(csv.body()).as("okhttp reads the mark away").startsWith("\"对话\",\"开始时间\"");
            assertThat(csv.body()).contains("\"我想申请退款, \"\"急\"\"\"").as("a formula is not run by Excel").contains("\"'=SUM(A1)\"")
                    .contains("\"Alice 王丽 结束了对话\"");

            ApiResponse text = api.get("/api/v1/history/export?format=text&text=" + encode("退款"), alice);
            assertThat(text.body()).startsWith("Chat #" + id).contains("Emma: 我想申请退款, \"急\"").contains("Alice 王丽 ended the chat");
            assertThat(text.headers().get("X-Exported-Chats")).isEqualTo("1");
            assertThat(api.get("/api/v1/history/" + id + "/export?format=pdf", alice).status()).isEqualTo(400);
            assertThat(api.get("/api/v1/history/" + id + "/export?zone=Mars/Base", alice).status()).isEqualTo(400);
        }
    }

    /** The body's bytes as sent, the byte order mark included. */
    private int[] bytes(String path, String token) {
        try (okhttp3.Response response = ApiClient.http().newCall(new okhttp3.Request.Builder().url(api.baseUrl() + path)
                .header("Authorization", "Bearer " + token).build()).execute()) {
            byte[] body = response.body().bytes();
            int[] unsigned = new int[body.length];
            for (int i = 0; i < body.length; i++) {
                unsigned[i] = body[i] & 0xFF;
            }
            return unsigned;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private List<Long> ids(String text, String token) {
        String query = text.contains("=") || text.isEmpty() ? text : "text=" + encode(text);
        return search(query, token).entries().stream().map(HistoryEntry::conversationId).toList();
    }

    private HistoryPage search(String query, String token) {
        ApiResponse response = api.get("/api/v1/history?" + query, token);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.as(HistoryPage.class);
    }

    private SocketClient online(String token) {
        SocketClient socket = SocketClient.connect(backend.wsUrl(AgentSocket.PATH), token);
        socket.await(dev.switchboard.shared.ws.MessageTypes.WELCOME);
        return socket;
    }

    private long me(String token) {
        return api.get("/api/v1/auth/me", token).json().path("id").asLong();
    }

    private long groupId(String name) {
        JsonNode groups = api.get("/api/v1/groups", admin).json();
        return StreamSupport.stream(groups.spliterator(), false).filter(g -> g.path("name").asText().equals(name)).findFirst().orElseThrow()
                .path("id").asLong();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
