package dev.switchboard.server.widget;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.WebSocketRoute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * The way from a browser context to the backend's visitor socket, with a switch: a test cuts it
 * (open sockets drop, new ones are refused at once) while pages still load and the agents' sockets
 * stay up, e.g. to reload a page whose widget cannot connect; or takes the whole context offline
 * and back, as a lost network does. (Chromium's offline emulation alone does not reliably refuse
 * a WebSocket opened right after it is switched on.) Frames pass through untouched and
 * {@link WidgetTestSupport#watch} still records them. Playwright decides on each new socket on the
 * test's thread, so wait through Playwright (assertions, waitForCondition) while a page connects.
 */
final class VisitorNetwork {

    private final BrowserContext context;
    private final List<WebSocketRoute> open = new CopyOnWriteArrayList<>();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private volatile boolean down;

    private VisitorNetwork(BrowserContext context) {
        this.context = context;
    }

    /** Routes every visitor socket of {@code context}; install before the page connects. */
    static VisitorNetwork install(BrowserContext context) {
        VisitorNetwork network = new VisitorNetwork(context);
        context.routeWebSocket(Pattern.compile(".*/ws/visitor$"), network::route);
        return network;
    }

    private void route(WebSocketRoute socket) {
        if (down) {
            log.add("refused");
            socket.close(new WebSocketRoute.CloseOptions().setCode(1011).setReason("network down"));
            return;
        }
        log.add("connected");
        socket.connectToServer();
        open.add(socket);
    }

    /** Drops every open visitor socket and refuses new ones until {@link #restore}. */
    void cut() {
        down = true;
        for (WebSocketRoute socket : open) {
            socket.close(new WebSocketRoute.CloseOptions().setCode(1011).setReason("network down"));
        }
        open.clear();
    }

    void restore() {
        down = false;
    }

    /** The whole context loses its network: the pages get {@code offline}, the visitor sockets drop. */
    void offline() {
        context.setOffline(true);
        cut();
    }

    /** The network is back: the pages get {@code online}. */
    void online() {
        restore();
        context.setOffline(false);
    }

    /** What became of each socket the pages opened, in order: "connected" or "refused". */
    List<String> log() {
        return List.copyOf(log);
    }
}
