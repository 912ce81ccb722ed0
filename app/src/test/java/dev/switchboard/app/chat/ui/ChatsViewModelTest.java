package dev.switchboard.app.chat.ui;

import static dev.switchboard.app.testing.VisitorBuilder.visitor;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.chat.CannedReplies;
import dev.switchboard.app.chat.Chat;
import dev.switchboard.app.chat.ChatOffer;
import dev.switchboard.app.chat.ChatPhase;
import dev.switchboard.app.chat.ChatService;
import dev.switchboard.app.chat.ChatStore;
import dev.switchboard.app.chat.ChatsSnapshot;
import dev.switchboard.app.chat.SensitiveWordCheck;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.app.notify.NotificationCenter;
import dev.switchboard.app.platform.I18n;
import dev.switchboard.app.platform.SecondsTicker;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.testing.FakeChatLink;
import dev.switchboard.app.testing.FakeChatRest;
import dev.switchboard.app.testing.ManualScheduler;
import dev.switchboard.app.testing.MutableClock;
import dev.switchboard.app.testing.TestData;
import dev.switchboard.app.visitors.VisitorFeed;
import dev.switchboard.shared.agents.AgentStatus;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.chat.Conversation;
import dev.switchboard.shared.chat.ConversationStatus;
import dev.switchboard.shared.sync.Change;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.visitors.VisitorBatch;
import dev.switchboard.shared.visitors.VisitorDetail;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Chats page and its tabs without a screen: tabs follow the snapshots, shortcuts move, completion fills placeholders. */
class ChatsViewModelTest {

    private static final long SELF = 7;
    private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

    @TempDir
    Path home;
    private CacheDatabase cache;
    private ExecutorService serial;
    private CannedReplies canned;
    private final SimpleObjectProperty<ChatsSnapshot> snapshots = new SimpleObjectProperty<>(ChatsSnapshot.EMPTY);
    private final FakeChatRest rest = new FakeChatRest();
    private final VisitorFeed visitors = new VisitorFeed(Runnable::run, new MutableClock(NOW));
    private final ManualScheduler scheduler = new ManualScheduler();
    private ChatsViewModel page;

    @BeforeEach
    void start() {
        MutableClock clock = new MutableClock(NOW);
        cache = CacheDatabase.open(home, clock, ChatStore.MIGRATIONS);
        serial = Executors.newSingleThreadExecutor();
        canned = new CannedReplies(cache);
        ChatService chats = new ChatService(SELF, new ChatService.Services(new ChatStore(cache), new FakeChatLink(), rest,
                serial, scheduler, clock), snapshot -> { });
        I18n i18n = new I18n(Locale.ENGLISH);
        ChatsContext context = new ChatsContext(chats, canned, new ChatTexts(i18n, ZoneOffset.UTC),
                new SimpleObjectProperty<>(TestData.agent(SELF, "alice", AgentStatus.ONLINE, 1)),
                new SimpleObjectProperty<>(TeamSnapshot.EMPTY), scheduler, Runnable::run, Runnable::run,
                new NotificationCenter(scheduler, Runnable::run, () -> false, () -> { }),
                new SensitiveWordCheck(() -> java.util.concurrent.CompletableFuture.failedFuture(new IllegalStateException("offline"))), visitors);
        page = new ChatsViewModel(context, snapshots, new SecondsTicker(scheduler, Runnable::run, clock));
        page.activate();
    }

    @AfterEach
    void stop() {
        page.deactivate();
        serial.shutdownNow();
        cache.close();
    }

    @Test
    void tabsFollowTheChatsInTheirOrderAndKeepWhatTheAgentTyped() {
        snapshots.set(new ChatsSnapshot(List.of(chat(1, "Li Lei"), chat(2, "Han Meimei")), List.of()));
        assertThat(page.tabs()).extracting(ChatTabViewModel::id).containsExactly(1L, 2L);
        assertThat(page.selectedProperty().get().id()).as("the first chat is in front").isEqualTo(1);
        ChatTabViewModel second = page.tabs().get(1);
        second.input().inputProperty().set("Let me check");

        snapshots.set(new ChatsSnapshot(List.of(chat(2, "Han Meimei"), chat(3, "Lucy")), List.of()));

        assertThat(page.tabs()).extracting(ChatTabViewModel::id).containsExactly(2L, 3L);
        assertThat(page.tabs().get(0)).isSameAs(second);
        assertThat(second.input().inputProperty().get()).isEqualTo("Let me check");
        assertThat(page.selectedProperty().get()).as("the first remaining tab comes to front").isSameAs(second);
        assertThat(second.title().get()).isEqualTo("Han Meimei");
    }

    @Test
    void shortcutsGoRoundTheTabsAndJumpToOne() {
        snapshots.set(new ChatsSnapshot(List.of(chat(1, "A"), chat(2, "B"), chat(3, "C")), List.of()));

        page.selectPrevious();
        assertThat(page.selectedProperty().get().id()).isEqualTo(3);
        page.selectNext();
        assertThat(page.selectedProperty().get().id()).isEqualTo(1);
        page.select(1);
        assertThat(page.selectedProperty().get().id()).isEqualTo(2);
        page.select(8);
        assertThat(page.selectedProperty().get().id()).as("Ctrl+9 without a ninth tab changes nothing").isEqualTo(2);
    }

    @Test
    void offersShowWhoAsksWhatAndTheSecondsLeft() {
        Conversation asking = new Conversation(5, "v-5", "default", ConversationStatus.QUEUED, 1L, null,
                Map.of("name", "Li Lei", "question", "Is the X2 in stock?"), 0, NOW, null, null, null, null);
        ChatOffer offer = new ChatOffer(asking, NOW.plusSeconds(30));
        snapshots.set(new ChatsSnapshot(List.of(), List.of(offer)));

        assertThat(page.offers()).containsExactly(offer);
        assertThat(page.offerText(offer)).isEqualTo("Li Lei wants to chat: Is the X2 in stock?");
        assertThat(page.secondsLeft(offer, NOW.plusSeconds(12))).isEqualTo(18);
        assertThat(page.secondsLeft(offer, NOW.plusSeconds(40))).isZero();
    }

    @Test
    void typingAShortcutSuggestsRepliesAndCompletingFillsTheNames() {
        canned.apply(List.of(reply(1, "refund", "Hello {visitor.name}, I am {agent.name}. Refunds take 7 days."),
                reply(2, "refund-policy", "See our policy."), reply(3, "hours", "We open at 9."))).join();
        snapshots.set(new ChatsSnapshot(List.of(chat(1, "Li Lei")), List.of()));
        ChatTabViewModel tab = page.tabs().get(0);

        tab.input().inputProperty().set("Sure. /ref");
        tab.input().caretProperty().set(10);
        assertThat(tab.input().canned().suggestions()).extracting(CannedReply::shortcut).containsExactly("refund", "refund-policy");

        int caret = tab.input().canned().complete(tab.input().canned().suggestions().get(0));

        assertThat(tab.input().inputProperty().get()).isEqualTo("Sure. Hello Li Lei, I am Alice. Refunds take 7 days.");
        assertThat(caret).isEqualTo(tab.input().inputProperty().get().length());
        assertThat(tab.input().canned().suggestions()).isEmpty();
    }

    @Test
    void theVisitorsDraftShowsAboveTheInputWhileTheChatIsOpen() {
        snapshots.set(new ChatsSnapshot(List.of(chat(1, "Li Lei")), List.of()));
        ChatTabViewModel tab = page.tabs().get(0);
        assertThat(tab.visitorDraftText().get()).isEmpty();

        snapshots.set(new ChatsSnapshot(List.of(withDraft(chat(1, "Li Lei"), ChatPhase.OPEN, "我想问一下 A7 的噪音")), List.of()));
        assertThat(tab.visitorDraftText().get()).isEqualTo("Li Lei is writing: 我想问一下 A7 的噪音");

        String longDraft = "噪".repeat(150) + "音".repeat(100);
        snapshots.set(new ChatsSnapshot(List.of(withDraft(chat(1, "Li Lei"), ChatPhase.OPEN, longDraft)), List.of()));
        assertThat(tab.visitorDraftText().get()).as("the end, where the visitor types")
                .isEqualTo("Li Lei is writing: …" + "噪".repeat(100) + "音".repeat(100));

        snapshots.set(new ChatsSnapshot(List.of(withDraft(chat(1, "Li Lei"), ChatPhase.ENDED, "还有")), List.of()));
        assertThat(tab.visitorDraftText().get()).isEmpty();
    }

    private static Chat withDraft(Chat c, ChatPhase phase, String visitorDraft) {
        return new Chat(c.conversation(), phase, null, c.messages(), c.outbox(), 0, 0, 0, false, List.of(), "", SELF, 0, visitorDraft);
    }

    @Test
    void theSidePanelFollowsTheVisitorFromPageToPageAndKeepsTheirAddress() {
        rest.visitors.put("v-1", new VisitorDetail(visitor("v-1").page("https://shop.example.cn/a7", "Aurora A7").build(), "203.0.113.7",
                List.of(), List.of()));
        visitors.accept(new VisitorBatch(List.of(visitor("v-1").page("https://shop.example.cn/a7", "Aurora A7").build()), List.of()), true);
        snapshots.set(new ChatsSnapshot(List.of(chat(1, "Li Lei")), List.of()));
        ChatTabViewModel tab = page.tabs().get(0);
        tab.visibleProperty().set(true);
        assertThat(tab.side().visitorProperty().get().visitor().currentTitle()).isEqualTo("Aurora A7");

        visitors.accept(new VisitorBatch(List.of(visitor("v-1").page("https://shop.example.cn/cart", "购物车 Cart").version(2).build()),
                List.of()), false);

        assertThat(tab.side().visitorProperty().get().visitor().currentTitle()).as("on the page the visitor moved to").isEqualTo("购物车 Cart");
        assertThat(tab.side().visitorProperty().get().address()).isEqualTo("203.0.113.7");
    }

    private static Chat chat(long id, String visitor) {
        Conversation conversation = new Conversation(id, "v-" + id, "default", ConversationStatus.ACTIVE, 1L, SELF, Map.of("name", visitor),
                0, NOW, NOW, null, null, null);
        return new Chat(conversation, ChatPhase.OPEN, null, List.of(), List.of(), 0, 0, 0, false, List.of(), "", SELF, 0);
    }

    private static Change reply(long id, String shortcut, String body) {
        return new Change(id, CannedReply.ENTITY, Long.toString(id), ChangeOp.UPSERT,
                ProtocolJson.tree(new CannedReply(id, SELF, null, shortcut, shortcut, body, null, 0, 1)), NOW);
    }
}
