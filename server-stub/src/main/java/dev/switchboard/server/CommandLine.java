package dev.switchboard.server;

import dev.switchboard.server.chat.UploadLimits;
import dev.switchboard.server.infra.AddressLimits;
import dev.switchboard.server.infra.TrustedProxies;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reads the options below (picocli) with the environment variables {@code SWITCHBOARD_PORT},
 * {@code SWITCHBOARD_DATA}, {@code SWITCHBOARD_DB}, {@code SWITCHBOARD_GEOIP},
 * {@code SWITCHBOARD_CHAT_UPLOADS}, {@code SWITCHBOARD_VISITOR_UPLOADS}, {@code SWITCHBOARD_TRUSTED_PROXIES},
 * {@code SWITCHBOARD_RECONNECT_GRACE},
 * the {@code SWITCHBOARD_*_PER_ADDRESS} limits and {@code SWITCHBOARD_ADMIN_PASSWORD} as defaults that arguments override.
 * A mistake is an {@link IllegalArgumentException} saying what is wrong, followed by a short usage.
 */
public final class CommandLine {

    /** What to start: the backend, and how many simulated visitors to run against it. */
    public record Launch(ServerConfig config, int simulatedVisitors) {
    }

    /**
     * The options as given. Values stay text until {@link #launch} checks them, with the same
     * messages whether a value came from an argument or from the environment.
     */
    @Command(name = "java -jar switchboard-server.jar", synopsisHeading = "usage: ", abbreviateSynopsis = true, separator = " ",
            sortOptions = false,
            descriptionHeading = "%n", description = "Runs the Switchboard backend. Each environment variable named below sets a default that"
                    + " the option overrides.",
            optionListHeading = "%n", footerHeading = "%n",
            footer = "SWITCHBOARD_ADMIN_PASSWORD: password of the first admin on an empty database (default: random, written to"
                    + " DATA/initial-admin-password).")
    static final class Options {

        @Option(names = "--port", paramLabel = "N", description = "HTTP and WebSocket port, 0 picks a free one (SWITCHBOARD_PORT; 8080)")
        String port;

        @Option(names = "--data", paramLabel = "DIR", description = "data folder, holding the embedded H2 database (SWITCHBOARD_DATA; ./data)")
        String data;

        @Option(names = "--db", paramLabel = "JDBC-URL", description = "a database instead of the embedded H2, e.g. jdbc:postgresql://..."
                + " (SWITCHBOARD_DB)")
        String db;

        @Option(names = "--demo", description = "adds the demo groups, accounts and site, and serves the demo shop at /demo/")
        boolean demo;

        @Option(names = "--simulate", paramLabel = "VISITORS", description = "runs this many simulated visitors in the demo shop (0)")
        String simulate;

        @Option(names = "--geoip", paramLabel = "FILE", description = "an ip2region .xdb file or an IP2Location LITE CSV to show visitors' regions (SWITCHBOARD_GEOIP)")
        String geoip;

        @Option(names = "--chat-uploads", paramLabel = "FILES/MB", description = "files and megabytes one chat may hold"
                + " (SWITCHBOARD_CHAT_UPLOADS; 50/200)")
        String chatUploads;

        @Option(names = "--visitor-uploads", paramLabel = "FILES/MB", description = "files and megabytes one visitor may upload in"
                + " 24 hours (SWITCHBOARD_VISITOR_UPLOADS; 20/50)")
        String visitorUploads;

        @Option(names = "--trusted-proxies", paramLabel = "LIST", description = "reverse proxies (addresses, CIDRs) whose X-Forwarded-For"
                + " names the client (SWITCHBOARD_TRUSTED_PROXIES; none)")
        String trustedProxies;

        @Option(names = "--visitor-sockets-per-address", paramLabel = "N", description = "widget sockets one client address may have open,"
                + " 0 for no limit (SWITCHBOARD_VISITOR_SOCKETS_PER_ADDRESS; 100)")
        String visitorSockets;

        @Option(names = "--chat-starts-per-address", paramLabel = "N", description = "new chats one address may start at once, refilled"
                + " over 10 minutes, 0 for no limit (SWITCHBOARD_CHAT_STARTS_PER_ADDRESS; 30)")
        String chatStarts;

        @Option(names = "--waiting-chats-per-address", paramLabel = "N", description = "chats one address may have waiting, 0 for no"
                + " limit (SWITCHBOARD_WAITING_CHATS_PER_ADDRESS; 20)")
        String waitingChats;

        @Option(names = "--reconnect-grace", paramLabel = "SECONDS", description = "how long an agent who disconnected keeps their"
                + " chats before they go back to the queue, 0 for at once (SWITCHBOARD_RECONNECT_GRACE; 120)")
        String reconnectGrace;

        @Option(names = {"-h", "--help"}, usageHelp = true, description = "shows this and exits")
        boolean help;
    }

    private CommandLine() {
    }

    public static ServerConfig parse(String[] args, Map<String, String> env) {
        return launch(args, env).config();
    }

    /** Whether the arguments ask for the usage ({@code --help}) rather than a backend. */
    public static boolean asksForHelp(String[] args) {
        try {
            return parser(new Options()).parseArgs(args).isUsageHelpRequested();
        } catch (ParameterException e) {
            // not a request for help: launch explains the mistake
            return false;
        }
    }

    /** The options, their environment variables and defaults. */
    public static String usage() {
        return parser(new Options()).getUsageMessage();
    }

    /** What follows a mistake: how to call the backend, and where the options are explained. */
    private static String shortUsage() {
        Help help = parser(new Options()).getHelp();
        return help.synopsisHeading() + help.synopsis(help.synopsisHeadingLength()) + "--help lists the options, their environment"
                + " variables and defaults";
    }

    public static Launch launch(String[] args, Map<String, String> env) {
        Options options = read(args);
        // the environment first, each variable checked even when an argument overrides it
        int port = env.containsKey("SWITCHBOARD_PORT") ? parsePort(env.get("SWITCHBOARD_PORT")) : ServerConfig.DEFAULT_PORT;
        Path data = Path.of(env.getOrDefault("SWITCHBOARD_DATA", "data"));
        Optional<String> db = Optional.ofNullable(env.get("SWITCHBOARD_DB")).filter(s -> !s.isBlank());
        Optional<Path> regions = Optional.ofNullable(env.get("SWITCHBOARD_GEOIP")).filter(s -> !s.isBlank()).map(Path::of);
        UploadLimits uploads = UploadLimits.STANDARD;
        if (env.containsKey("SWITCHBOARD_CHAT_UPLOADS")) {
            uploads = withChatQuota(uploads, parseQuota("SWITCHBOARD_CHAT_UPLOADS", env.get("SWITCHBOARD_CHAT_UPLOADS")));
        }
        if (env.containsKey("SWITCHBOARD_VISITOR_UPLOADS")) {
            uploads = withVisitorQuota(uploads, parseQuota("SWITCHBOARD_VISITOR_UPLOADS", env.get("SWITCHBOARD_VISITOR_UPLOADS")));
        }
        TrustedProxies proxies = trustedProxies(env.get("SWITCHBOARD_TRUSTED_PROXIES"));
        Integer sockets = optionalLimit(env, "SWITCHBOARD_VISITOR_SOCKETS_PER_ADDRESS");
        Integer starts = optionalLimit(env, "SWITCHBOARD_CHAT_STARTS_PER_ADDRESS");
        Integer waiting = optionalLimit(env, "SWITCHBOARD_WAITING_CHATS_PER_ADDRESS");
        Optional<String> adminPassword = Optional.ofNullable(env.get("SWITCHBOARD_ADMIN_PASSWORD")).filter(s -> !s.isBlank());
        Duration grace = env.containsKey("SWITCHBOARD_RECONNECT_GRACE")
                ? parseGrace("SWITCHBOARD_RECONNECT_GRACE", env.get("SWITCHBOARD_RECONNECT_GRACE")) : ServerConfig.DEFAULT_RECONNECT_GRACE;

        // then the arguments
        if (options.port != null) {
            port = parsePort(options.port);
        }
        if (options.data != null) {
            data = Path.of(options.data);
        }
        if (options.db != null) {
            db = Optional.of(options.db);
        }
        if (options.geoip != null) {
            regions = Optional.of(Path.of(options.geoip));
        }
        if (options.chatUploads != null) {
            uploads = withChatQuota(uploads, parseQuota("--chat-uploads", options.chatUploads));
        }
        if (options.visitorUploads != null) {
            uploads = withVisitorQuota(uploads, parseQuota("--visitor-uploads", options.visitorUploads));
        }
        if (options.trustedProxies != null) {
            proxies = trustedProxies(options.trustedProxies);
        }
        if (options.visitorSockets != null) {
            sockets = parseLimit("--visitor-sockets-per-address", options.visitorSockets);
        }
        if (options.chatStarts != null) {
            starts = parseLimit("--chat-starts-per-address", options.chatStarts);
        }
        if (options.waitingChats != null) {
            waiting = parseLimit("--waiting-chats-per-address", options.waitingChats);
        }
        if (options.reconnectGrace != null) {
            grace = parseGrace("--reconnect-grace", options.reconnectGrace);
        }
        int simulate = options.simulate == null ? 0 : parseCount(options.simulate);

        AddressLimits limits = AddressLimits.DEFAULT;
        if (sockets == null && simulate > 0) {
            // the simulated visitors all come from this machine: room for each with a page opening while the last closes
            sockets = Math.max(limits.visitorSockets(), 2 * simulate);
        }
        limits = new AddressLimits(sockets != null ? sockets : limits.visitorSockets(), starts != null ? starts : limits.chatStarts(),
                waiting != null ? waiting : limits.waitingChats());
        return new Launch(new ServerConfig(port, data.toAbsolutePath(), db, options.demo, options.demo, adminPassword, Clock.systemUTC(),
                ServerConfig.DEFAULT_SESSION_IDLE, ServerConfig.DEFAULT_SESSION_LIFETIME, ServerConfig.DEFAULT_BCRYPT_COST, regions,
                proxies, limits, uploads, grace), simulate);
    }

    /** The arguments as options; a mistake in their shape (an unknown option, a missing value) says so, with a short usage. */
    private static Options read(String[] args) {
        Options options = new Options();
        try {
            parser(options).parseArgs(args);
            return options;
        } catch (MissingParameterException e) {
            String option = e.getMissing().stream().filter(OptionSpec.class::isInstance).map(spec -> ((OptionSpec) spec).longestName())
                    .findFirst().orElse("an option");
            throw new IllegalArgumentException(option + " needs a value\n" + shortUsage(), e);
        } catch (UnmatchedArgumentException e) {
            throw new IllegalArgumentException("unknown argument " + String.join(" ", e.getUnmatched()) + "\n" + shortUsage(), e);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage() + "\n" + shortUsage(), e);
        }
    }

    private static picocli.CommandLine parser(Options options) {
        return new picocli.CommandLine(options)
                // plain text: the usage also goes into exception messages and logs
                .setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF))
                // "--port 1 --port 2" means 2, as it always did
                .setOverwrittenOptionsAllowed(true)
                // an argument starting with @ is a value, not a file of arguments to read
                .setExpandAtFiles(false);
    }

    private static TrustedProxies trustedProxies(String list) {
        try {
            return TrustedProxies.parse(list);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--trusted-proxies: " + e.getMessage() + "\n" + shortUsage());
        }
    }

    private static Integer optionalLimit(Map<String, String> env, String name) {
        String value = env.get(name);
        return value == null || value.isBlank() ? null : parseLimit(name, value);
    }

    private static UploadLimits withChatQuota(UploadLimits uploads, long[] quota) {
        return uploads.withChat((int) quota[0], quota[1]);
    }

    private static UploadLimits withVisitorQuota(UploadLimits uploads, long[] quota) {
        return uploads.withVisitor((int) quota[0], quota[1]);
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

    private static Duration parseGrace(String name, String text) {
        try {
            int seconds = Integer.parseInt(text.trim());
            if (seconds < 0 || seconds > 86_400) {
                throw new NumberFormatException();
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes seconds from 0 (at once) to 86400, not " + text);
        }
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
