package dev.switchboard.server.simulator;

import dev.switchboard.shared.push.PushWidgetMessages;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * One simulated person: arrives from a source, reads pages for a while, moves on or leaves, and
 * answers invitations the way people do (mostly ignoring or declining them).
 */
final class SimulatedVisitor {

    private final VisitorSimulator simulator;
    private final RandomGenerator random;
    private final String userAgent;
    private final String language;
    private final String screen;
    private volatile String visitorId;
    private volatile String token;
    private WidgetConnection page;
    private ShopModel.Page current;
    private String currentUrl;
    private long pageOpenedNanos;
    private volatile boolean blocked;

    SimulatedVisitor(VisitorSimulator simulator, RandomGenerator random) {
        this.simulator = simulator;
        this.random = random;
        this.userAgent = ShopModel.pick(ShopModel.USER_AGENTS, random);
        this.language = random.nextDouble() < 0.85 ? "zh-CN" : "en-US";
        this.screen = userAgent.contains("iPhone") || userAgent.contains("Android") ? "390x844" : "1920x1080";
    }

    /** Starts a visit: from a search engine, a campaign, a link or directly. */
    void arrive() {
        ShopModel.Arrival arrival = ShopModel.arrival(random);
        open(arrival.landing(), arrival.landingQuery(), arrival.referrer());
    }

    private void open(ShopModel.Page next, String query, String referrer) {
        current = next;
        currentUrl = simulator.siteBase() + next.path() + query;
        pageOpenedNanos = System.nanoTime();
        String url = currentUrl;
        WidgetConnection.open(simulator.http(), simulator.socketUri(), simulator.origin(), userAgent, this::onMessage, this::onClosed)
                .thenAccept(connection -> {
                    synchronized (this) {
                        page = connection;
                    }
                    connection.send(WidgetMessages.HELLO, new WidgetMessages.Hello(simulator.site(), visitorId, token,
                            new PageView(url, next.title(), referrer, language, screen)));
                    simulator.pageViewSent(visitorId, url);
                })
                .exceptionally(error -> {
                    simulator.failed(error);
                    simulator.later(this::arrive, 5, TimeUnit.SECONDS);
                    return null;
                });
        simulator.later(this::moveOn, simulator.dwellMillis(random), TimeUnit.MILLISECONDS);
    }

    private void moveOn() {
        if (blocked) {
            return;
        }
        WidgetConnection leaving;
        synchronized (this) {
            leaving = page;
            page = null;
        }
        if (leaving != null) {
            long seconds = (System.nanoTime() - pageOpenedNanos) / 1_000_000_000L;
            leaving.send(WidgetMessages.LEAVE, new WidgetMessages.Leave(seconds));
            leaving.close();
        }
        ShopModel.Page next = ShopModel.next(current, random);
        if (next != null) {
            open(next, "", currentUrl);
        } else {
            simulator.left(this);
        }
    }

    private void onMessage(Envelope message) {
        switch (message.type()) {
            case WidgetMessages.WELCOME -> {
                visitorId = message.payload().path("visitorId").asText();
                token = message.payload().path("token").asText();
            }
            case WidgetMessages.INVITATION -> answer(message.payload().path("invitationId").asLong(),
                    message.payload().path("forced").asBoolean());
            case WidgetMessages.BLOCKED -> blocked = true;
            case PushWidgetMessages.PUSH -> sawPush(message.payload().path("pushId").asLong());
            default -> {
            }
        }
    }

    private void answer(long invitationId, boolean forced) {
        WidgetConnection connection;
        synchronized (this) {
            connection = page;
        }
        if (connection == null) {
            return;
        }
        connection.send(WidgetMessages.INVITATION_SHOWN, new WidgetMessages.InvitationResponse(invitationId));
        if (forced) {
            return;
        }
        double roll = random.nextDouble();
        if (roll < 0.2) {
            simulator.later(() -> connection.send(WidgetMessages.INVITATION_ACCEPTED, new WidgetMessages.InvitationResponse(invitationId)),
                    2, TimeUnit.SECONDS);
        } else if (roll < 0.7) {
            simulator.later(() -> connection.send(WidgetMessages.INVITATION_DECLINED, new WidgetMessages.InvitationResponse(invitationId)),
                    3, TimeUnit.SECONDS);
        }
    }

    /** A pushed message or ad: seen at once, its link opened by some, closed by more, so the demo's counts move. */
    private void sawPush(long pushId) {
        WidgetConnection connection;
        synchronized (this) {
            connection = page;
        }
        if (connection == null) {
            return;
        }
        connection.send(PushWidgetMessages.SHOWN, new PushWidgetMessages.PushEvent(pushId));
        double roll = random.nextDouble();
        if (roll < 0.15) {
            simulator.later(() -> connection.send(PushWidgetMessages.CLICKED, new PushWidgetMessages.PushEvent(pushId)), 2, TimeUnit.SECONDS);
        } else if (roll < 0.45) {
            simulator.later(() -> connection.send(PushWidgetMessages.DISMISSED, new PushWidgetMessages.PushEvent(pushId)), 4, TimeUnit.SECONDS);
        }
    }

    private void onClosed() {
        // the next page opens its own socket; a closed one needs nothing
    }

    String visitorId() {
        return visitorId;
    }
}
