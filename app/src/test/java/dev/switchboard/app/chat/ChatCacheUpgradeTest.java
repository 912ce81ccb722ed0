package dev.switchboard.app.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.cache.CacheDatabase;
import dev.switchboard.app.net.ProtocolJson;
import dev.switchboard.shared.chat.CannedReply;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The chat tables' migrations moved from the cache's folder to the chat feature's (ADR 0009): a
 * cache migrated while they were all in one folder must open as it is, not be moved aside as
 * unreadable and rebuilt empty.
 */
class ChatCacheUpgradeTest {

    private static final List<String> MIGRATIONS = List.of("db/cache/V1__session_team_settings.sql",
            "db/chat/V2__chats_and_canned_replies.sql", "db/chat/V3__chat_delivered_mark.sql");

    @TempDir
    Path home;
    @TempDir
    Path oneFolder;

    @Test
    void aCacheMigratedFromOneFolderKeepsItsDataWhenTheChatTablesComeFromTheirOwnFolder() throws Exception {
        for (String script : MIGRATIONS) {
            try (InputStream in = ChatCacheUpgradeTest.class.getClassLoader().getResourceAsStream(script)) {
                Files.copy(in, oneFolder.resolve(Path.of(script).getFileName()));
            }
        }
        String url = "jdbc:h2:file:" + Files.createDirectories(home.resolve("cache")).resolve("workstation").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("filesystem:" + oneFolder).load().migrate();
        CannedReply reply = new CannedReply(1, 7L, null, "hours", "Opening hours", "We open at 9.", null, 0, 1);
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             PreparedStatement insert = connection.prepareStatement("INSERT INTO cached_canned_reply (id, version, data) VALUES (1, 1, ?)")) {
            insert.setString(1, ProtocolJson.write(reply));
            insert.executeUpdate();
        }

        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC(), ChatStore.MIGRATIONS);
        try {
            cache.opened().join();
            assertThat(cache.movedAside()).isEmpty();
            assertThat(new CannedReplies(cache).load().join()).containsExactly(reply);
        } finally {
            cache.close();
        }
    }
}
