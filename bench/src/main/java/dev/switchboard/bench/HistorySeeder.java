package dev.switchboard.bench;

import dev.switchboard.shared.chat.ChatEvent;
import dev.switchboard.shared.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes a year of chats straight into the backend's tables with JDBC batches, the way the chat
 * feature leaves them: a conversation row with its group, owner, pre-chat answers, times and
 * rating; its participants (one in twenty chats transferred once); its messages (a "joined" event,
 * the text, internal notes, the "ended" event) with their sequence counter and receipts; wrap-ups
 * with a category for most chats. The newest {@link #OPEN_CHATS} chats are still going on. Ids
 * follow creation order (V16). The search index is not written here: the backend's own indexer
 * does that afterwards.
 */
final class HistorySeeder {

    /** Chats per transaction. */
    private static final int CHATS_PER_COMMIT = 500;
    /** The chats still going on at the end: the search reads these without the index. */
    static final int OPEN_CHATS = 200;
    private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "林"};
    private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "磊", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "晓东", "子涵", "雨桐"};
    private static final String[] ENGLISH_NAMES = {"Emma", "Liam", "Olivia", "Noah", "Ava", "Lucas", "Mia", "Ethan", "Chloe", "Daniel", "Grace", "Ryan"};
    private static final String[] COMMENTS = {"服务很好", "回复太慢了", "问题解决了，谢谢", "客服很耐心", "还是没解决", "Great service", "Too slow", "很专业"};

    /** Who works here: the agents who take chats, by group, and the wrap-up categories, by name. */
    record Staff(Map<Long, List<Long>> agentsByGroup, Map<Long, String> names, long presales, long aftersales, long vip,
                 Map<String, Long> categories) {
    }

    private final HistoryCorpus corpus = HistoryCorpus.load();
    private final Random random = new Random(20_261_207);

    /** Figures of what was written. */
    record Seeded(long chats, long messages, long visitors) {
    }

    /**
     * Writes {@code messages} messages in {@code messages / 10} chats spread over the year before
     * {@code now} (ten messages a chat on average, 6 to 14).
     */
    Seeded seed(Connection connection, Staff staff, long messages, Instant now) throws SQLException {
        int chats = (int) (messages / 10);
        long firstId = 1 + longValue(connection, "SELECT COALESCE(MAX(id), 0) FROM conversation");
        Duration year = Duration.ofDays(365);
        Instant start = now.minus(year);
        long step = year.toMillis() / chats;

        // a visitor in four comes back for another chat
        int[] visitorOf = new int[chats];
        List<String> visitorNames = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            if (i > 0 && random.nextInt(4) == 0) {
                visitorOf[i] = visitorOf[random.nextInt(i)];
            } else {
                visitorOf[i] = visitorNames.size();
                visitorNames.add(random.nextInt(6) == 0 ? ENGLISH_NAMES[random.nextInt(ENGLISH_NAMES.length)]
                        : SURNAMES[random.nextInt(SURNAMES.length)] + (random.nextBoolean()
                        ? (random.nextBoolean() ? "先生" : "女士") : GIVEN[random.nextInt(GIVEN.length)]));
            }
        }
        connection.setAutoCommit(false);
        insertVisitors(connection, visitorNames.size(), start);

        try (PreparedStatement conversation = connection.prepareStatement("""
                INSERT INTO conversation (id, visitor_id, site, status, group_id, owner_id, priority, prechat, created_at, assigned_at,
                                          ended_at, ended_by, rating, rating_comment, client_address)
                VALUES (?, ?, 'default', ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement sequence = connection.prepareStatement("INSERT INTO conversation_seq (conversation_id, last_seq) VALUES (?, ?)");
             PreparedStatement receipt = connection.prepareStatement(
                     "INSERT INTO conversation_visitor_receipt (conversation_id, delivered_seq, read_seq) VALUES (?, ?, ?)");
             PreparedStatement participant = connection.prepareStatement("""
                     INSERT INTO conversation_participant (conversation_id, agent_id, role, joined_at, left_at, read_seq, delivered_seq)
                     VALUES (?, ?, 'OWNER', ?, ?, ?, ?)""");
             PreparedStatement message = connection.prepareStatement("""
                     INSERT INTO message (conversation_id, seq, client_id, sender_type, sender_agent_id, kind, body, event_json, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement wrapUp = connection.prepareStatement("""
                     INSERT INTO chat_wrapup (conversation_id, agent_id, required, due_at, summary, done_at, done_by, created_at)
                     VALUES (?, ?, FALSE, ?, ?, ?, ?, ?)""");
             PreparedStatement wrapUpCategory = connection.prepareStatement(
                     "INSERT INTO chat_wrapup_category (conversation_id, category_id) VALUES (?, ?)")) {
            long written = 0;
            int spread = 0;
            for (int i = 0; i < chats; i++) {
                // 10 messages a chat on average, exactly: chats in pairs get 10 + d and 10 - d (6 to 14)
                spread = i % 2 == 0 ? random.nextInt(5) : -spread;
                int total = i == chats - 1 ? (int) (messages - written) : 10 + spread;
                boolean open = i >= chats - OPEN_CHATS;
                long id = firstId + i;
                Instant created = start.plusMillis(i * step + random.nextInt((int) Math.max(1, step / 2)));
                boolean transferred = !open && random.nextInt(20) == 0;
                int events = (transferred ? 3 : 1) + (open ? 0 : 1);
                HistoryCorpus.Chat chat = corpus.chat(random, i, Math.max(2, total - events));
                total = events + chat.lines().size();
                long group = random.nextInt(20) == 0 ? staff.vip() : chat.topic().presales() ? staff.presales() : staff.aftersales();
                List<Long> members = staff.agentsByGroup().get(group);
                long owner = members.get(random.nextInt(members.size()));
                Long transferredFrom = transferred ? otherThan(members, owner) : null;
                written += total;

                Instant at = created.plusSeconds(5 + random.nextInt(40));
                Instant assigned = at;
                int seq = 0;
                long firstAgent = transferredFrom != null ? transferredFrom : owner;
                seq = event(message, id, seq, ChatEvent.joined(staff.names().get(firstAgent)), at);
                Instant transferAt = null;
                int half = chat.lines().size() / 2;
                for (int n = 0; n < chat.lines().size(); n++) {
                    if (transferredFrom != null && n == half) {
                        transferAt = at;
                        seq = event(message, id, seq, ChatEvent.transferredToAgent(staff.names().get(owner)), at);
                        seq = event(message, id, seq, ChatEvent.joined(staff.names().get(owner)), at);
                    }
                    at = at.plusSeconds(8 + random.nextInt(90));
                    HistoryCorpus.Line line = chat.lines().get(n);
                    long agent = transferAt == null ? firstAgent : owner;
                    seq++;
                    message.setLong(1, id);
                    message.setLong(2, seq);
                    message.setString(3, "m" + seq);
                    message.setString(4, line.fromVisitor() ? "VISITOR" : "AGENT");
                    setLong(message, 5, line.fromVisitor() ? null : agent);
                    message.setString(6, line.note() ? "NOTE" : "TEXT");
                    message.setString(7, line.text());
                    message.setString(8, null);
                    message.setObject(9, time(at));
                    message.addBatch();
                }
                Instant ended = null;
                if (!open) {
                    at = at.plusSeconds(30 + random.nextInt(120));
                    ended = at;
                    seq = event(message, id, seq, ChatEvent.ended(staff.names().get(owner)), at);
                }
                Integer rating = !open && random.nextInt(100) < 45 ? stars() : null;

                conversation.setLong(1, id);
                conversation.setString(2, visitorId(visitorOf[i]));
                conversation.setString(3, open ? "ACTIVE" : "ENDED");
                conversation.setLong(4, group);
                conversation.setLong(5, owner);
                conversation.setString(6, Json.mapper().valueToTree(Map.of("name", visitorNames.get(visitorOf[i]),
                        "question", chat.topic().question)).toString());
                conversation.setObject(7, time(created));
                conversation.setObject(8, time(assigned));
                setTime(conversation, 9, ended);
                conversation.setString(10, ended == null ? null : random.nextBoolean() ? "visitor" : staff.names().get(owner));
                setLong(conversation, 11, rating == null ? null : (long) rating);
                conversation.setString(12, rating != null && random.nextInt(5) == 0 ? COMMENTS[random.nextInt(COMMENTS.length)] : null);
                conversation.setString(13, "10." + (visitorOf[i] >> 16 & 255) + "." + (visitorOf[i] >> 8 & 255) + "." + (visitorOf[i] & 255));
                conversation.addBatch();
                sequence.setLong(1, id);
                sequence.setLong(2, seq);
                sequence.addBatch();
                receipt.setLong(1, id);
                receipt.setLong(2, seq);
                receipt.setLong(3, seq);
                receipt.addBatch();
                if (transferredFrom != null) {
                    participant(participant, id, transferredFrom, assigned, transferAt, seq);
                }
                participant(participant, id, owner, transferAt != null ? transferAt : assigned, null, seq);
                if (!open && random.nextInt(10) < 6) {
                    wrapUp.setLong(1, id);
                    wrapUp.setLong(2, owner);
                    wrapUp.setObject(3, time(ended.plusSeconds(120)));
                    wrapUp.setString(4, summary(chat.topic()));
                    wrapUp.setObject(5, time(ended.plusSeconds(20 + random.nextInt(90))));
                    wrapUp.setLong(6, owner);
                    wrapUp.setObject(7, time(ended));
                    wrapUp.addBatch();
                    wrapUpCategory.setLong(1, id);
                    wrapUpCategory.setLong(2, staff.categories().get(category(chat.topic())));
                    wrapUpCategory.addBatch();
                }
                if ((i + 1) % CHATS_PER_COMMIT == 0 || i == chats - 1) {
                    // parents before children: the foreign keys are checked statement by statement
                    for (PreparedStatement batch : List.of(conversation, sequence, receipt, participant, message, wrapUp, wrapUpCategory)) {
                        batch.executeBatch();
                    }
                    connection.commit();
                }
                if ((i + 1) % 10_000 == 0) {
                    System.out.printf("  %,d chats, %,d messages written%n", i + 1, written);
                }
            }
            try (Statement statement = connection.createStatement()) {
                // the backend's next chat follows the seeded ones
                statement.execute("ALTER TABLE conversation ALTER COLUMN id RESTART WITH " + (firstId + chats));
            }
            connection.commit();
            return new Seeded(chats, written, visitorNames.size());
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private void insertVisitors(Connection connection, int count, Instant start) throws SQLException {
        try (PreparedStatement visitor = connection.prepareStatement("""
                INSERT INTO visitor (id, site, token_hash, first_seen_at, last_seen_at, visit_count)
                VALUES (?, 'default', ?, ?, ?, ?)""")) {
            for (int v = 0; v < count; v++) {
                visitor.setString(1, visitorId(v));
                visitor.setString(2, String.format("%064x", v));
                visitor.setObject(3, time(start));
                visitor.setObject(4, time(start));
                visitor.setInt(5, 1 + random.nextInt(5));
                visitor.addBatch();
                if ((v + 1) % 5_000 == 0 || v == count - 1) {
                    visitor.executeBatch();
                    connection.commit();
                }
            }
        }
    }

    private static int event(PreparedStatement message, long conversationId, int seq, ChatEvent event, Instant at) throws SQLException {
        int next = seq + 1;
        message.setLong(1, conversationId);
        message.setLong(2, next);
        message.setString(3, "e" + next);
        message.setString(4, "SYSTEM");
        setLong(message, 5, null);
        message.setString(6, "EVENT");
        message.setString(7, event.english());
        message.setString(8, Json.mapper().valueToTree(event).toString());
        message.setObject(9, time(at));
        message.addBatch();
        return next;
    }

    private static void participant(PreparedStatement participant, long conversationId, long agentId, Instant joined, Instant left, int seq)
            throws SQLException {
        participant.setLong(1, conversationId);
        participant.setLong(2, agentId);
        participant.setObject(3, time(joined));
        setTime(participant, 4, left);
        participant.setLong(5, seq);
        participant.setLong(6, seq);
        participant.addBatch();
    }

    private int stars() {
        int roll = random.nextInt(100);
        return roll < 60 ? 5 : roll < 80 ? 4 : roll < 90 ? 3 : roll < 95 ? 2 : 1;
    }

    private long otherThan(List<Long> members, long agent) {
        long other;
        do {
            other = members.get(random.nextInt(members.size()));
        } while (other == agent);
        return other;
    }

    private static String category(HistoryCorpus.Topic topic) {
        return switch (topic) {
            case PRESALES -> "产品咨询 Product questions";
            case REFUND -> "退款 Refunds";
            case REPAIR -> "维修 Repairs";
            case COMPLAINT -> "投诉 Complaints";
            case INVOICE, DELIVERY, ACCOUNT -> "其他 Other";
        };
    }

    private static String summary(HistoryCorpus.Topic topic) {
        return switch (topic) {
            case PRESALES -> "客户咨询产品，已介绍";
            case REFUND -> "退款已提交";
            case REPAIR -> "已建维修工单";
            case COMPLAINT -> "投诉已升级主管";
            case INVOICE -> "发票已处理";
            case DELIVERY -> "物流已查询";
            case ACCOUNT -> "账号问题已解答";
        };
    }

    /** Timestamps as the instants they are, whatever the JVM's zone (the columns are TIMESTAMP WITH TIME ZONE). */
    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static void setTime(PreparedStatement statement, int index, Instant value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, time(value));
        }
    }

    static String visitorId(int index) {
        return "bench-visitor-" + index;
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }

    static long longValue(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    static Map<String, Long> categories(Connection connection) throws SQLException {
        Map<String, Long> byName = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery("SELECT id, name FROM wrapup_category")) {
            while (rows.next()) {
                byName.put(rows.getString(2), rows.getLong(1));
            }
        }
        return byName;
    }
}
