package dev.switchboard.server;

import dev.switchboard.server.simulator.VisitorSimulator;
import java.net.URI;

/** {@code java -jar switchboard-server.jar [OPTIONS]}; {@code --help} lists them (see {@link CommandLine}). */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        if (CommandLine.asksForHelp(args)) {
            System.out.print(CommandLine.usage());
            return;
        }
        // thumbnails use Java2D; a server has no display to talk to
        System.setProperty("java.awt.headless", "true");
        CommandLine.Launch launch;
        try {
            launch = CommandLine.launch(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        SwitchboardServer server = SwitchboardServer.start(launch.config());
        VisitorSimulator simulator = null;
        if (launch.simulatedVisitors() > 0) {
            simulator = new VisitorSimulator(VisitorSimulator.Options.demo(URI.create(server.baseUrl()), launch.simulatedVisitors()));
            simulator.start();
        }
        VisitorSimulator running = simulator;
        // SIGTERM and Ctrl-C run this hook: finish requests in flight, then close the store cleanly.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (running != null) {
                running.close();
            }
            server.close();
        }, "switchboard-shutdown"));
    }
}
