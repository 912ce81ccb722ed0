package dev.switchboard.server.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.server.testing.ChangesSeen;
import dev.switchboard.server.testing.TestBackend;
import dev.switchboard.server.testing.SecondNode;
import dev.switchboard.server.testing.VisitorClient;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.visitors.Block;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Blocks reach every node and every administrator: a block made on one node keeps the visitor out of
 * another within {@link BlockService#SEEN_ELSEWHERE_WITHIN} (each node checks connections against its
 * copy, ADR 0008), and blocks and lifts are in the change log for administrators only.
 */
class BlocksOnEveryNodeTest {

    static final String PAGE = "https://shop.example.cn/";

    @RegisterExtension
    static final BackendExtension nodeA = BackendExtension.perTest();
    final ApiClient onA = nodeA.api();
    final String admin = nodeA.token("admin");
    final String alice = nodeA.token("alice");
    final String carol = nodeA.token("carol");
    TestBackend nodeB;

    @AfterEach
    void stopNodeB() {
        if (nodeB != null) {
            nodeB.close();
        }
    }

    @Test
    void aBlockMadeOnAnotherNodeKeepsTheVisitorOutHereWithinASecond(@TempDir Path dataOfB) {
        String id;
        String token;
        try (VisitorClient visitor = VisitorClient.arrive(nodeA, null, null, PAGE, "Home", null)) {
            id = visitor.visitorId();
            token = visitor.token();
        }
        assertThat(helloIsRefused(id, token)).as("node A has read the blocks (none)").isFalse();
        nodeB = SecondNode.start(nodeA, dataOfB);

        ApiResponse blocked = new ApiClient(nodeB.server().baseUrl()).post("/api/v1/blocks", alice, Map.of("visitorId", id, "reason", "spam"));
        assertThat(blocked.status()).as(blocked.body()).isEqualTo(201);
        nodeA.clock().advance(BlockService.SEEN_ELSEWHERE_WITHIN);

        assertThat(helloIsRefused(id, token)).as("node A, a second after node B blocked the visitor").isTrue();
        assertThat(onA.get("/api/v1/blocks", admin).json().findValuesAsText("visitorId")).containsExactly(id);
    }

    @Test
    void blocksAndLiftsAreInTheChangeLogForAdministratorsOnly() {
        long cursor = ChangesSeen.cursor(onA, admin);
        long id;
        try (VisitorClient visitor = VisitorClient.arrive(nodeA, null, null, PAGE, "Home", null)) {
            ApiResponse blocked = onA.post("/api/v1/blocks", alice, Map.of("visitorId", visitor.visitorId(), "reason", "spam",
                    "expiresAt", nodeA.clock().instant().plus(Duration.ofDays(1)).toString()));
            assertThat(blocked.status()).as(blocked.body()).isEqualTo(201);
            id = blocked.json().path("id").asLong();
        }
        assertThat(onA.post("/api/v1/blocks/" + id + "/lift", admin, "").status()).isEqualTo(200);

        List<Change> seen = ChangesSeen.since(onA, admin, cursor, Block.ENTITY);
        assertThat(seen).extracting(change -> change.entityId() + " " + change.op()).containsExactly(id + " UPSERT", id + " DELETE");
        assertThat(seen.get(0).data().path("reason").asText()).isEqualTo("spam");
        assertThat(ChangesSeen.since(onA, carol, cursor, Block.ENTITY)).as("supervisors do not see addresses").isEmpty();
        assertThat(ChangesSeen.since(onA, alice, cursor, Block.ENTITY)).isEmpty();
    }

    private boolean helloIsRefused(String visitorId, String token) {
        try (VisitorClient page = VisitorClient.open(nodeA, "https://shop.example.cn")) {
            page.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", visitorId, token, new PageView(PAGE, "Home", null, "zh-CN", null)));
            String type = page.socket().await(e -> e.type().equals(WidgetMessages.BLOCKED) || e.type().equals(WidgetMessages.WELCOME),
                    "blocked or welcome").type();
            return type.equals(WidgetMessages.BLOCKED);
        }
    }
}
