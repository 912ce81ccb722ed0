package dev.switchboard.app.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.shared.chat.ChatMessage;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.chat.MessageKind;
import dev.switchboard.shared.chat.SenderType;
import dev.switchboard.shared.history.HistoryEntry;
import dev.switchboard.shared.history.HistoryQuery;
import dev.switchboard.shared.history.Transcript;
import dev.switchboard.shared.wrapup.WrapUp;
import dev.switchboard.shared.wrapup.WrapUpStatus;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Searching the transcripts kept on this computer while the server is away: the filters the page
 * offers apply as the server applies them (every word somewhere in the chat, the visitor, the
 * agent, the group, the dates, the stars and the wrap-up category), and what was kept outlives a restart.
 */
class TranscriptCacheTest {

    private static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-08T02:00:00Z");

    @TempDir
    Path home;
    private CacheDatabase cache;
    private TranscriptCache transcripts;

    private final Transcript refund = transcript(1, "Emma", 7L, 1L, MONDAY, 5, 30L, "我的订单号是 SB-2041", "想申请退款");
    private final Transcript purifier = transcript(2, "Li Lei", 8L, 2L, TUESDAY, 3, null, "A7 适合 80 平米吗？", "适合的");

    @BeforeEach
    void open() {
        reopen();
        transcripts.save(refund).join();
        transcripts.save(purifier).join();
    }

    @AfterEach
    void close() {
        cache.close();
    }

    @Test
    void everyWordMustOccurSomewhereInTheChatNotAsOnePhrase() {
        assertThat(found(query("退款 sb-2041", null, null, null, null, null, null, null), Set.of())).containsExactly(1L);
        assertThat(found(query("退款 A7", null, null, null, null, null, null, null), Set.of())).isEmpty();
        assertThat(found(HistoryQuery.ALL, Set.of())).containsExactly(2L, 1L);
    }

    @Test
    void theOtherFiltersApplyOfflineToo() {
        assertThat(found(query(null, "emm", null, null, null, null, null, null), Set.of())).as("part of the visitor's name").containsExactly(1L);
        assertThat(found(query(null, "visitor-2", null, null, null, null, null, null), Set.of())).as("the visitor's id").containsExactly(2L);
        assertThat(found(query(null, null, 8L, null, null, null, null, null), Set.of())).as("the agent").containsExactly(2L);
        assertThat(found(query(null, null, null, 1L, null, null, null, null), Set.of())).as("the group").containsExactly(1L);
        assertThat(found(query(null, null, null, null, TUESDAY, null, null, null), Set.of())).as("from").containsExactly(2L);
        assertThat(found(query(null, null, null, null, null, TUESDAY, null, null), Set.of())).as("before").containsExactly(1L);
        assertThat(found(query(null, null, null, null, null, null, 5, null), Set.of())).as("the stars").containsExactly(1L);
        assertThat(found(query(null, null, null, null, null, null, null, 3L), Set.of(3L, 30L))).as("a category or one below it")
                .containsExactly(1L);
        assertThat(found(query(null, null, null, null, null, null, null, 3L), Set.of(3L))).isEmpty();
    }

    @Test
    void keptTranscriptsOutliveARestartOfTheWorkstation() {
        cache.close();
        reopen();
        assertThat(transcripts.find(1).join()).contains(refund);
        assertThat(found(HistoryQuery.ALL, Set.of())).containsExactly(2L, 1L);
    }

    private void reopen() {
        cache = CacheDatabase.open(home, Clock.systemUTC(), TranscriptCache.MIGRATIONS);
        cache.opened().join();
        transcripts = new TranscriptCache(cache, Clock.systemUTC());
    }

    private List<Long> found(HistoryQuery query, Set<Long> categories) {
        return transcripts.matching(query, categories).join().stream().map(transcript -> transcript.chat().conversationId()).toList();
    }

    private static HistoryQuery query(String text, String visitor, Long agentId, Long groupId, Instant from, Instant to, Integer rating,
                                      Long categoryId) {
        return new HistoryQuery(text, visitor, agentId, groupId, from, to, rating, categoryId);
    }

    private static Transcript transcript(long id, String visitor, Long agentId, Long groupId, Instant at, int rating, Long categoryId,
                                         String visitorSays, String agentSays) {
        WrapUp wrapUp = categoryId == null ? null : new WrapUp(id, agentId, "agent", false, null, WrapUpStatus.values()[0],
                List.of(categoryId), List.of("售后/维修"), "summary", at, false);
        HistoryEntry entry = new HistoryEntry(id, "visitor-" + id, visitor, "default", ConversationStatus.ENDED, groupId, "group",
                agentId, "agent", at, at.plusSeconds(600), rating, null, wrapUp, null);
        return new Transcript(entry, List.of(
                new ChatMessage(id, 1, "v-" + id, SenderType.VISITOR, null, visitor, MessageKind.TEXT, visitorSays, at, null, null),
                new ChatMessage(id, 2, "a-" + id, SenderType.AGENT, agentId, "agent", MessageKind.TEXT, agentSays, at.plusSeconds(60), null,
                        null)));
    }
}
