package dev.switchboard.server;

import dev.switchboard.server.chat.UploadLimits;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.TrustedProxies;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Everything the backend needs to start. Built from the command line and environment by
 * {@link CommandLine}, or directly by tests.
 *
 * @param port            HTTP port; 0 picks a free one
 * @param dataDir         folder of the embedded database and later of uploads
 * @param jdbcUrl         a database URL overriding the embedded H2 (e.g. PostgreSQL), or empty
 * @param demo            seed the demo groups and agents
 * @param demoSettings    seed the demo's chat settings too (business hours, automatic messages, sensitive
 *                        words): on with {@code --demo}; off in tests, whose demo backends would otherwise
 *                        close at night and greet in every chat, and which turn it on where they test it
 * @param adminPassword   password of the first admin account on an empty database, or empty to
 *                        generate one into the data folder (see {@code AccountBootstrap})
 * @param clock           the time source of sessions, throttling and the change log
 * @param sessionIdle     a session ends after this long without use
 * @param sessionLifetime a session ends this long after login at the latest
 * @param bcryptCost      work factor of password hashes (at least 10)
 * @param regionDatabase  an ip2region xdb file or an IP2Location LITE CSV to tell visitors' regions, or empty for none
 * @param trustedProxies  reverse proxies whose {@code X-Forwarded-For} names the client
 * @param addressLimits   what one client address may hold or do at once
 * @param uploads         how many files, and bytes, a chat and a visitor may upload
 * @param reconnectGrace  how long an agent who disconnected keeps their chats before they go back to the queue
 *                        (ADR 0013); signing out requeues them at once
 */
public record ServerConfig(
        int port,
        Path dataDir,
        Optional<String> jdbcUrl,
        boolean demo,
        boolean demoSettings,
        Optional<String> adminPassword,
        Clock clock,
        Duration sessionIdle,
        Duration sessionLifetime,
        int bcryptCost,
        Optional<Path> regionDatabase,
        TrustedProxies trustedProxies,
        AddressLimits addressLimits,
        UploadLimits uploads,
        Duration reconnectGrace) {

    public static final int DEFAULT_PORT = 8080;
    public static final Duration DEFAULT_SESSION_IDLE = Duration.ofHours(12);
    public static final Duration DEFAULT_SESSION_LIFETIME = Duration.ofDays(7);
    public static final int DEFAULT_BCRYPT_COST = 10;
    public static final Duration DEFAULT_RECONNECT_GRACE = Duration.ofMinutes(2);

    public ServerConfig {
        if (reconnectGrace == null || reconnectGrace.isNegative()) {
            throw new IllegalArgumentException("the reconnect grace is a duration of zero or more");
        }
        if (bcryptCost < 10) {
            throw new IllegalArgumentException("bcrypt cost must be at least 10");
        }
    }

    /** A demo backend on a free port with its database in {@code dataDir}: what tests start. */
    public static ServerConfig forTests(Path dataDir) {
        return new ServerConfig(0, dataDir, Optional.empty(), true, false, Optional.empty(), Clock.systemUTC(),
                DEFAULT_SESSION_IDLE, DEFAULT_SESSION_LIFETIME, DEFAULT_BCRYPT_COST, Optional.empty(),
                TrustedProxies.NONE, AddressLimits.DEFAULT, UploadLimits.STANDARD, DEFAULT_RECONNECT_GRACE);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withDemo(boolean newDemo) {
        return new ServerConfig(port, dataDir, jdbcUrl, newDemo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withDemoSettings(boolean seed) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, seed, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withClock(Clock newClock) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, newClock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withJdbcUrl(String url) {
        return new ServerConfig(port, dataDir, Optional.of(url), demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withAdminPassword(String password) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, Optional.of(password), clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withRegionDatabase(Path csv) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, Optional.of(csv), trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withSessionTimes(Duration idle, Duration lifetime) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, idle, lifetime, bcryptCost, regionDatabase, trustedProxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withTrustedProxies(TrustedProxies proxies) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase,
                proxies, addressLimits, uploads, reconnectGrace);
    }

    public ServerConfig withAddressLimits(AddressLimits limits) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase,
                trustedProxies, limits, uploads, reconnectGrace);
    }

    public ServerConfig withUploads(UploadLimits limits) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase,
                trustedProxies, addressLimits, limits, reconnectGrace);
    }

    public ServerConfig withReconnectGrace(Duration grace) {
        return new ServerConfig(port, dataDir, jdbcUrl, demo, demoSettings, adminPassword, clock, sessionIdle, sessionLifetime, bcryptCost, regionDatabase,
                trustedProxies, addressLimits, uploads, grace);
    }
}
