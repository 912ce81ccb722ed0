package dev.switchboard.server;

import dev.switchboard.server.chat.UploadLimits;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.TrustedProxies;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code [--port N] [--data DIR] [--db JDBC-URL] [--demo]} and the options below, with the environment variables
 * {@code SWITCHBOARD_PORT}, {@code SWITCHBOARD_DATA}, {@code SWITCHBOARD_DB}, {@code SWITCHBOARD_GEOIP},
 * {@code SWITCHBOARD_CHAT_UPLOADS}, {@code SWITCHBOARD_VISITOR_UPLOADS}, {@code SWITCHBOARD_TRUSTED_PROXIES},
 * the {@code SWITCHBOARD_*_PER_ADDRESS} limits and {@code SWITCHBOARD_ADMIN_PASSWORD} as defaults that arguments override.
 */
public final class CommandLine {

    public static final String USAGE =
            "usage: java -jar switchboard-server.jar [--port N] [--data DIR] [--db JDBC-URL] [--demo] [--simulate VISITORS] [--geoip CSV]"
                    + " [--chat-uploads FILES/MB] [--visitor-uploads FILES/MB]"
                    + " [--trusted-proxies LIST] [--visitor-sockets-per-address N] [--chat-starts-per-address N] [--waiting-chats-per-address N]";

    /** What to start: the backend, and how many simulated visitors to run against it. */
    public record Launch(ServerConfig config, int simulatedVisitors) {
    }

    private CommandLine() {
    }

    public static ServerConfig parse(String[] args, Map<String, String> env) {
        return launch(args, env).config();
    }

    public static Launch launch(String[] args, Map<String, String> env) {
        int port = env.containsKey("SWITCHBOARD_PORT") ? parsePort(env.get("SWITCHBOARD_PORT")) : ServerConfig.DEFAULT_PORT;
        Path data = Path.of(env.getOrDefault("SWITCHBOARD_DATA", "data"));
        Optional<String> db = Optional.ofNullable(env.get("SWITCHBOARD_DB")).filter(s -> !s.isBlank());
        Optional<Path> regions = Optional.ofNullable(env.get("SWITCHBOARD_GEOIP")).filter(s -> !s.isBlank()).map(Path::of);
        UploadLimits uploads = UploadLimits.STANDARD;
        if (env.containsKey("SWITCHBOARD_CHAT_UPLOADS")) {
            long[] quota = parseQuota("SWITCHBOARD_CHAT_UPLOADS", env.get("SWITCHBOARD_CHAT_UPLOADS"));
            uploads = uploads.withChat((int) quota[0], quota[1]);
        }
        if (env.containsKey("SWITCHBOARD_VISITOR_UPLOADS")) {
            long[] quota = parseQuota("SWITCHBOARD_VISITOR_UPLOADS", env.get("SWITCHBOARD_VISITOR_UPLOADS"));
            uploads = uploads.withVisitor((int) quota[0], quota[1]);
        }
        TrustedProxies proxies = trustedProxies(env.get("SWITCHBOARD_TRUSTED_PROXIES"));
        Integer sockets = optionalLimit(env, "SWITCHBOARD_VISITOR_SOCKETS_PER_ADDRESS");
        Integer starts = optionalLimit(env, "SWITCHBOARD_CHAT_STARTS_PER_ADDRESS");
        Integer waiting = optionalLimit(env, "SWITCHBOARD_WAITING_CHATS_PER_ADDRESS");
        boolean demo = false;
        int simulate = 0;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = parsePort(valueAfter(args, i++));
                case "--data" -> data = Path.of(valueAfter(args, i++));
                case "--db" -> db = Optional.of(valueAfter(args, i++));
                case "--demo" -> demo = true;
                case "--simulate" -> simulate = parseCount(valueAfter(args, i++));
                case "--geoip" -> regions = Optional.of(Path.of(valueAfter(args, i++)));
                case "--chat-uploads" -> {
                    long[] quota = parseQuota("--chat-uploads", valueAfter(args, i++));
                    uploads = uploads.withChat((int) quota[0], quota[1]);
                }
                case "--visitor-uploads" -> {
                    long[] quota = parseQuota("--visitor-uploads", valueAfter(args, i++));
                    uploads = uploads.withVisitor((int) quota[0], quota[1]);
                }
                case "--trusted-proxies" -> proxies = trustedProxies(valueAfter(args, i++));
                case "--visitor-sockets-per-address" -> sockets = parseLimit(args[i], valueAfter(args, i++));
                case "--chat-starts-per-address" -> starts = parseLimit(args[i], valueAfter(args, i++));
                case "--waiting-chats-per-address" -> waiting = parseLimit(args[i], valueAfter(args, i++));
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "\n" + USAGE);
            }
        }
        Optional<String> adminPassword = Optional.ofNullable(env.get("SWITCHBOARD_ADMIN_PASSWORD")).filter(s -> !s.isBlank());
        AddressLimits limits = AddressLimits.DEFAULT;
        if (sockets == null && simulate > 0) {
            // the simulated visitors all come from this machine: room for each with a page opening while the last closes
            sockets = Math.max(limits.visitorSockets(), 2 * simulate);
        }
        limits = new AddressLimits(sockets != null ? sockets : limits.visitorSockets(), starts != null ? starts : limits.chatStarts(),
                waiting != null ? waiting : limits.waitingChats());
        return new Launch(new ServerConfig(port, data.toAbsolutePath(), db, demo, adminPassword, Clock.systemUTC(),
                ServerConfig.DEFAULT_SESSION_IDLE, ServerConfig.DEFAULT_SESSION_LIFETIME, ServerConfig.DEFAULT_BCRYPT_COST, regions,
                proxies, limits, uploads), simulate);
    }

    private static TrustedProxies trustedProxies(String list) {
        try {
            return TrustedProxies.parse(list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--trusted-proxies: " + e.getMessage() + "\n" + USAGE);
        }
    }

    private static Integer optionalLimit(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : parseLimit(name, value);
    }

    private static int parseLimit(String name, String text) {
        try {
            int limit = Integer.parseInt(text.trim());
            if (limit < 0 || limit > 1_000_000) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a number from 0 (no limit) to 1000000, not " + text);
        }
    }

    private static String valueAfter(String[] args, int i) {
        if (i + 1 >= args.length) {
            throw new IllegalArgumentException(args[i] + " needs a value\n" + USAGE);
        }
        return args[i + 1];
    }

    private static int parseCount(String text) {
        try {
            int count = Integer.parseInt(text.trim());
            if (count < 0 || count > 100_000) {
                throw new NumberFormatException();
            }
            return count;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--simulate takes a number of visitors from 0 to 100000, not " + text);
        }
    }

    /** "50/200": 50 files and 200 MB. */
    private static long[] parseQuota(String option, String text) {
        String[] parts = text.trim().split("/");
        try {
            if (parts.length != 2) {
                throw new NumberFormatException();
            }
            long files = Long.parseLong(parts[0].trim());
            long megabytes = Long.parseLong(parts[1].trim());
            if (files < 1 || files > 1_000_000 || megabytes < 1 || megabytes > 1_000_000) {
                throw new NumberFormatException();
            }
            return new long[] {files, megabytes * 1024 * 1024};
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes FILES/MB, e.g. 50/200 (1 to 1000000 each), not " + text);
        }
    }

    private static int parsePort(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("port must be a number from 0 to 65535, not " + text);
        }
    }
}
