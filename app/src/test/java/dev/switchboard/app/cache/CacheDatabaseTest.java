package dev.switchboard.app.cache;

import static dev.switchboard.app.testing.TestData.agent;
import static dev.switchboard.app.testing.TestData.group;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.app.platform.AppTheme;
import dev.switchboard.app.session.Session;
import dev.switchboard.app.session.SessionStore;
import dev.switchboard.app.settings.ChatNotifications;
import dev.switchboard.app.settings.Language;
import dev.switchboard.app.settings.LoginMemory;
import dev.switchboard.app.settings.Settings;
import dev.switchboard.app.settings.SettingsStore;
import dev.switchboard.app.settings.VisitorPreferences;
import dev.switchboard.app.team.TeamSnapshot;
import dev.switchboard.app.team.TeamStore;
import dev.switchboard.app.team.TeamUpdate;
import dev.switchboard.shared.agents.AgentStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheDatabaseTest {

    @TempDir
    Path home;

    @Test
    void keepsSessionTeamAndSettingsAcrossRestarts() {
        Session session = new Session(ServerUrl.parse("http://sb.test:8080"), "alice", "token-1",
                agent(1, "alice", AgentStatus.ONLINE, 3, 10L));
        Settings chosen = new Settings(Language.SIMPLIFIED_CHINESE, AppTheme.DARK, false,
                new VisitorPreferences(false, true, "gold ", "您好，需要帮忙吗？"), new ChatNotifications(false, true, false, true, 90));

        CacheDatabase first = CacheDatabase.open(home, Clock.systemUTC());
        assertThat(new SessionStore(first, Clock.systemUTC()).save(session).join()).isTrue();
        new TeamStore(first).save(new TeamUpdate(List.of(agent(1, "alice", AgentStatus.BUSY, 4, 10L)), List.of(),
                List.of(group(10, "售后 After-sales")), List.of(), 21)).join();
        new SettingsStore(first).saveSettings(chosen).join();
        new SettingsStore(first).saveLoginMemory(new LoginMemory(true, "http://sb.test:8080", "alice")).join();
        first.close();

        CacheDatabase second = CacheDatabase.open(home, Clock.systemUTC());
        try {
            assertThat(new SessionStore(second, Clock.systemUTC()).find().join()).contains(session);
            TeamSnapshot team = new TeamStore(second).load().join();
            assertThat(team.cursor()).isEqualTo(21);
            assertThat(team.agents().get(1L).status()).isEqualTo(AgentStatus.BUSY);
            assertThat(team.groups().get(10L).name()).isEqualTo("售后 After-sales");
            SettingsStore settings = new SettingsStore(second);
            assertThat(settings.loadSettings(Settings.defaults(Locale.ENGLISH)).join()).isEqualTo(chosen);
            assertThat(settings.loadLoginMemory().join()).isEqualTo(new LoginMemory(true, "http://sb.test:8080", "alice"));
            assertThat(second.movedAside()).isEmpty();
        } finally {
            second.close();
        }
    }

    @Test
    void anEndedSessionKeepsNoTokenAndAnotherAccountReplacesTheCachedOne() {
        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC());
        try {
            SessionStore sessions = new SessionStore(cache, Clock.systemUTC());
            ServerUrl server = ServerUrl.parse("http://sb.test:8080");
            sessions.save(new Session(server, "alice", "t1", agent(1, "alice", AgentStatus.ONLINE, 1))).join();

            sessions.forgetToken().join();
            assertThat(sessions.find().join()).isEmpty();

            assertThat(sessions.save(new Session(server, "alice", "t2", agent(1, "alice", AgentStatus.ONLINE, 1))).join())
                    .as("same account again").isFalse();
            assertThat(sessions.save(new Session(server, "bob", "t3", agent(2, "bob", AgentStatus.ONLINE, 1))).join())
                    .as("another account").isTrue();
            assertThat(sessions.find().join()).map(Session::login).contains("bob");
        } finally {
            cache.close();
        }
    }

    @Test
    void settingsNeverStoredTakeTheirDefaults() {
        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC());
        try {
            SettingsStore settings = new SettingsStore(cache);
            assertThat(settings.loadSettings(Settings.defaults(Locale.CHINA)).join())
                    .isEqualTo(new Settings(Language.SIMPLIFIED_CHINESE, AppTheme.LIGHT, true, VisitorPreferences.DEFAULTS,
                            ChatNotifications.DEFAULTS));
            assertThat(settings.loadLoginMemory().join()).isEqualTo(LoginMemory.FIRST_START);
        } finally {
            cache.close();
        }
    }

    @Test
    void aCorruptFileIsMovedAsideAndReplacedByAnEmptyCache() throws Exception {
        Path cacheDir = Files.createDirectories(home.resolve("cache"));
        byte[] garbage = new byte[64 * 1024];
        new Random(7).nextBytes(garbage);
        Files.write(cacheDir.resolve("workstation.mv.db"), garbage);

        CacheDatabase cache = CacheDatabase.open(home, Clock.systemUTC());
        try {
            cache.opened().join();

            assertThat(cache.movedAside()).hasValueSatisfying(moved -> {
                assertThat(moved).exists();
                assertThat(moved.getFileName().toString()).startsWith("workstation.mv.db.corrupt-");
            });
            SessionStore sessions = new SessionStore(cache, Clock.systemUTC());
            assertThat(sessions.find().join()).isEmpty();
            assertThat(new TeamStore(cache).load().join().cursor()).isZero();
        } finally {
            cache.close();
        }
    }
}
