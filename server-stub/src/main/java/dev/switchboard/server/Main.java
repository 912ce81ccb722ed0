package dev.switchboard.server;

/** {@code java -jar switchboard-server.jar [--port N] [--data DIR] [--db JDBC-URL] [--demo]}. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        ServerConfig config;
        try {
            config = CommandLine.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SwitchboardServer server = SwitchboardServer.start(config);
        // SIGTERM and Ctrl-C run this hook: finish requests in flight, then close the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "switchboard-shutdown"));
    }
}
