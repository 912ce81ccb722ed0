package dev.switchboard.server.infra;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.websocket.WsContext;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The one place that tells who a request comes from: the connection's peer, or, when the peer is
 * a trusted proxy, the nearest address in {@code X-Forwarded-For} that is not a trusted proxy.
 * Every HTTP route and both WebSockets read it through {@link #of(Context)} and
 * {@link #of(WsContext)}: login throttling, blocks, regions, rate limits and logs all see the
 * same address.
 *
 * <p>The header is walked from the right, because each proxy appends the address it received the
 * request from: the entries left of the first untrusted one were written by the client and can be
 * anything. From an untrusted peer the header is ignored, so nobody picks their own address.
 */
public final class ClientAddress implements HttpApi.Routes {

    public static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final String ATTRIBUTE = "switchboard.clientAddress";
    /** More hops than any real chain of proxies; a longer header is not read further. */
    private static final int MAX_HOPS = 20;

    private final TrustedProxies trusted;

    public ClientAddress(TrustedProxies trusted) {
        this.trusted = trusted;
    }

    /** Resolves the address once per request (and per WebSocket upgrade), before any route runs. */
    @Override
    public void register(RoutesConfig routes) {
        routes.before(ctx -> ctx.attribute(ATTRIBUTE, resolve(ctx)));
        routes.wsBeforeUpgrade(ctx -> ctx.attribute(ATTRIBUTE, resolve(ctx)));
    }

    /** The client's address of an HTTP request or a WebSocket upgrade. */
    public static String of(Context ctx) {
        String resolved = ctx.attribute(ATTRIBUTE);
        // never resolved (no route of this server): the peer, which nobody can choose
        return resolved != null ? resolved : normalized(ctx.req().getRemoteAddr());
    }

    /** The client's address of a WebSocket, as resolved at its upgrade. */
    public static String of(WsContext ctx) {
        String resolved = ctx.attribute(ATTRIBUTE);
        return resolved != null ? resolved : "unknown";
    }

    private String resolve(Context ctx) {
        return resolve(ctx.req().getRemoteAddr(), Collections.list(ctx.req().getHeaders(FORWARDED_FOR)));
    }

    /**
     * {@code peer} is the connection's address; {@code forwardedFor} every {@code X-Forwarded-For}
     * header in the order received (a proxy may add a second header rather than extend the first).
     */
    String resolve(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = TrustedProxies.literal(peer);
        if (peerAddress.isEmpty()) {
            return peer == null ? "unknown" : peer;
        }
        InetAddress client = peerAddress.get();
        if (trusted.isEmpty() || !trusted.trusts(client) || forwardedFor.isEmpty()) {
            return client.getHostAddress();
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> hops.addAll(List.of(header.split(","))));
        for (int i = hops.size() - 1; i >= 0 && i >= hops.size() - MAX_HOPS && trusted.trusts(client); i--) {
            Optional<InetAddress> hop = TrustedProxies.literal(hops.get(i));
            if (hop.isEmpty()) {
                // garbage (or "unknown") from the hop before: the last address a trusted proxy vouched for stands
                break;
            }
            client = hop.get();
        }
        return client.getHostAddress();
    }

    private static String normalized(String address) {
        return TrustedProxies.literal(address).map(InetAddress::getHostAddress).orElse(address == null ? "unknown" : address);
    }
}
