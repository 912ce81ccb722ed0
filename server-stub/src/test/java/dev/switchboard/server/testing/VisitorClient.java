package dev.switchboard.server.testing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.Map;

/** A visitor's page as the widget would speak: hello with a page, then events. */
public final class VisitorClient implements AutoCloseable {

    public static final String USER_AGENT =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36";

    /** Answers that fit the demo site's pre-chat form: a name and one of its question types. */
    public static final Map<String, String> DEMO_ANSWERS = Map.of("name", "Test visitor", "question", "售前咨询 Pre-sales");

    private final SocketClient socket;
    private JsonNode welcome;

    private VisitorClient(SocketClient socket) {
        this.socket = socket;
    }

    public static VisitorClient open(Backend backend, String origin) {
        return open(backend.wsUrl(WidgetMessages.PATH), origin);
    }

    private static VisitorClient open(String socketUrl, String origin) {
        return new VisitorClient(SocketClient.connectWithHeaders(socketUrl, Map.of("Origin", origin, "User-Agent", USER_AGENT)));
    }

    /** Opens a page as a reverse proxy forwards it: {@code X-Forwarded-For} names {@code address}. */
    public static VisitorClient openFrom(Backend backend, String address) {
        return new VisitorClient(SocketClient.connectWithHeaders(backend.wsUrl(WidgetMessages.PATH),
                Map.of("Origin", "https://shop.example.cn", "User-Agent", USER_AGENT, "X-Forwarded-For", address)));
    }

    /** A new visitor arriving on the shop's home page from {@code address}, through a proxy. */
    public static VisitorClient arriveFrom(Backend backend, String address) {
        VisitorClient client = openFrom(backend, address);
        client.hello(null, null, "https://shop.example.cn/", "Shop", null);
        return client;
    }

    /** Says hello as a widget would; waits for the welcome (or fails if none comes). */
    public void hello(String visitorId, String token, String url, String title, String referrer) {
        socket.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", visitorId, token,
                new PageView(url, title, referrer, "zh-CN", "1920x1080")));
        welcome = socket.await(WidgetMessages.WELCOME).payload();
    }

    /** A new visitor whose browser speaks {@code language} (e.g. {@code en-US}) arriving on {@code url}. */
    public static VisitorClient arriveSpeaking(Backend backend, String language, String url) {
        VisitorClient client = open(backend, "https://shop.example.cn");
        client.socket.send(WidgetMessages.HELLO, new WidgetMessages.Hello("default", null, null,
                new PageView(url, "Shop", null, language, "1920x1080")));
        client.welcome = client.socket.await(WidgetMessages.WELCOME).payload();
        return client;
    }

    /** Opens a page and says hello; answers the welcome's payload (or fails if none comes). */
    public static VisitorClient arrive(Backend backend, String visitorId, String token, String url, String title, String referrer) {
        return arrive(backend.wsUrl(WidgetMessages.PATH), visitorId, token, url, title, referrer);
    }

    /** The same for a backend running elsewhere, e.g. in a {@link ServerProcess}: {@code socketUrl} is its widget socket. */
    public static VisitorClient arrive(String socketUrl, String visitorId, String token, String url, String title, String referrer) {
        VisitorClient client = open(socketUrl, "https://shop.example.cn");
        client.hello(visitorId, token, url, title, referrer);
        return client;
    }

    public String visitorId() {
        return welcome.path("visitorId").asText();
    }

    public String token() {
        return welcome.path("token").asText();
    }

    /** The welcome's payload, as the widget reads it. */
    public JsonNode welcome() {
        return welcome;
    }

    public boolean returning() {
        return welcome.path("returning").asBoolean();
    }

    public SocketClient socket() {
        return socket;
    }

    public Envelope await(String type) {
        return socket.await(type);
    }

    public void send(String type, Object payload) {
        socket.send(type, payload);
    }

    @Override
    public void close() {
        socket.close();
    }
}
