package dev.switchboard.server.visitors;

import com.fasterxml.jackson.databind.JsonNode;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.ClientAddress;
import dev.switchboard.server.infra.HttpApi;
import dev.switchboard.server.infra.JsonBodies;
import dev.switchboard.server.sites.Site;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.visitors.PageView;
import dev.switchboard.shared.visitors.WidgetMessages;
import dev.switchboard.shared.ws.Envelope;
import dev.switchboard.shared.ws.WsErrorPayload;
import io.javalin.config.RoutesConfig;
import io.javalin.websocket.WsCloseContext;
import io.javalin.websocket.WsConnectContext;
import io.javalin.websocket.WsMessageContext;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /ws/visitor}: the widget's socket, one per page. Everything a browser sends is treated
 * as hostile: bounded sizes, a flood limit, a hello deadline, and identities proven by token.
 */
public final class VisitorSocket implements HttpApi.Routes {

    private static final Logger LOG = LoggerFactory.getLogger(VisitorSocket.class);
    /** The documented limit (UTF-8 bytes): a larger message is a protocol violation, closed with 4400. */
    private static final int MAX_MESSAGE_BYTES = 16 * 1024;
    /**
     * What Jetty reads of one message at most before cutting it off itself (with 1009). Above the
     * documented limit, so that a message just over it gets the documented 4400; a huge frame costs
     * no more memory than this.
     */
    private static final int HARD_LIMIT_BYTES = 32 * 1024;
    private static final Duration HELLO_DEADLINE = Duration.ofSeconds(10);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);
    private static final Pattern SCREEN = Pattern.compile("\\d{1,5}x\\d{1,5}");

    private final SiteService sites;
    private final VisitorRecorder recorder;
    private final VisitorTracker tracker;
    private final VisitorGate gate;
    private final ScheduledExecutorService timers;
    private final List<VisitorListener> listeners = new CopyOnWriteArrayList<>();
    private final Map<String, VisitorPage> pages = new ConcurrentHashMap<>();
    private final Map<String, VisitorMessageHandler> handlers = new ConcurrentHashMap<>();
    private final SocketsPerAddress perAddress;

    VisitorSocket(SiteService sites, VisitorRecorder recorder, VisitorTracker tracker, VisitorGate gate, ScheduledExecutorService timers,
                  SocketsPerAddress perAddress) {
        this.sites = sites;
        this.perAddress = perAddress;
        this.recorder = recorder;
        this.tracker = tracker;
        this.gate = gate;
        this.timers = timers;
    }

    void addHandler(VisitorMessageHandler handler) {
        for (String type : handler.types()) {
            if (handlers.putIfAbsent(type, handler) != null) {
                throw new IllegalStateException("two handlers for " + type);
            }
        }
    }

    void addListener(VisitorListener listener) {
        listeners.add(listener);
    }

    @Override
    public void register(RoutesConfig routes) {
        routes.ws(WidgetMessages.PATH, ws -> {
            ws.onConnect(this::onConnect);
            ws.onMessage(this::onMessage);
            ws.onClose(this::onClose);
            ws.onError(ctx -> LOG.debug("visitor socket error: {}", String.valueOf(ctx.error())));
        });
    }

    int openPages() {
        return pages.size();
    }

    private void onConnect(WsConnectContext ctx) {
        ctx.session.setMaxTextMessageSize(HARD_LIMIT_BYTES);
        ctx.session.setMaxBinaryMessageSize(HARD_LIMIT_BYTES);
        ctx.session.setMaxFrameSize(HARD_LIMIT_BYTES);
        ctx.session.setIdleTimeout(IDLE_TIMEOUT);
        String address = ClientAddress.of(ctx);
        if (!perAddress.tryOpen(address)) {
            LOG.warn("visitor socket refused: {} sockets from address={} are open already", perAddress.limit(), address);
            ctx.closeSession(WidgetMessages.CLOSE_TOO_MANY, "too many connections from your address");
            return;
        }
        VisitorPage page = new VisitorPage(ctx, address, clip(ctx.header("User-Agent"), 512), ctx.header("Origin"));
        pages.put(page.id(), page);
        timers.schedule(() -> {
            if (!page.greeted() && page.ctx.session.isOpen()) {
                LOG.info("visitor socket closed: no hello within {}s, address={}", HELLO_DEADLINE.toSeconds(), page.ip);
                page.close(WidgetMessages.CLOSE_VIOLATION, "hello expected");
            }
        }, HELLO_DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void onMessage(WsMessageContext ctx) {
        VisitorPage page = pages.get(ctx.sessionId());
        if (page == null) {
            return;
        }
        if (tooLarge(ctx.message())) {
            refuse(page, "message over " + MAX_MESSAGE_BYTES + " bytes");
            return;
        }
        if (page.floods(System.nanoTime())) {
            refuse(page, "flood: more than 60 messages in 10 seconds");
            return;
        }
        Envelope message;
        try {
            message = JsonBodies.read(ctx.message(), Envelope.class);
        } catch (ApiException e) {
            refuse(page, "malformed message: " + e.problem().detail());
            return;
        }
        try {
            handle(page, message);
        } catch (ApiException e) {
            page.send(envelope(WidgetMessages.ERROR, new WsErrorPayload(message.id(), e.problem())));
            if (!page.greeted()) {
                refuse(page, "bad hello: " + e.problem().detail());
            }
        } catch (RuntimeException e) {
            LOG.error("visitor message failed: type={} address={}", message.type(), page.ip, e);
            page.send(envelope(WidgetMessages.ERROR,
                    new WsErrorPayload(message.id(), Problem.of(ProblemType.INTERNAL, "the message could not be processed"))));
        }
    }

    private void handle(VisitorPage page, Envelope message) {
        String type = String.valueOf(message.type());
        if (!page.greeted()) {
            if (!type.equals(WidgetMessages.HELLO)) {
                throw new ApiException(ProblemType.VALIDATION, "the first message must be hello");
            }
            hello(page, message.id(), payload(message, WidgetMessages.Hello.class));
            return;
        }
        switch (type) {
            case WidgetMessages.HEARTBEAT -> payload(message, WidgetMessages.Heartbeat.class);
            case WidgetMessages.LEAVE -> recorder.pageLeft(page, payload(message, WidgetMessages.Leave.class).seconds());
            case WidgetMessages.PAGE -> {
                recorder.pageChanged(page, cleanPageView(payload(message, PageView.class)));
                tracker.summary(page.visitorId).ifPresent(summary -> listeners.forEach(listener -> listener.pageViewed(summary)));
            }
            case WidgetMessages.INVITATION_SHOWN, WidgetMessages.INVITATION_ACCEPTED, WidgetMessages.INVITATION_DECLINED -> {
                long invitationId = payload(message, WidgetMessages.InvitationResponse.class).invitationId();
                listeners.forEach(listener -> listener.invitationEvent(page.visitorId, type, invitationId));
            }
            case WidgetMessages.HELLO -> throw new ApiException(ProblemType.VALIDATION, "hello was already sent");
            default -> {
                VisitorMessageHandler handler = handlers.get(type);
                if (handler == null) {
                    throw new ApiException(ProblemType.VALIDATION, "unknown message type " + type);
                }
                handler.handle(page, message);
            }
        }
    }

    private void hello(VisitorPage page, String ref, WidgetMessages.Hello hello) {
        Site site = sites.find(hello.site()).orElse(null);
        if (site == null) {
            // no such site (a typo, or one an administrator deleted): the page must not retry forever
            LOG.warn("visitor refused: unknown site {} from origin {}", hello.site(), page.origin);
            page.send(envelope(WidgetMessages.ERROR, new WsErrorPayload(ref, Problem.of(ProblemType.NOT_FOUND, "unknown site " + hello.site()))));
            page.close(WidgetMessages.CLOSE_BLOCKED, "unknown site");
            return;
        }
        if (!site.allows(page.origin)) {
            LOG.warn("visitor refused: origin {} not allowed for site {}", page.origin, site.id());
            page.send(envelope(WidgetMessages.ERROR,
                    new WsErrorPayload(ref, Problem.of(ProblemType.FORBIDDEN, "this page may not use the widget of site " + site.id()))));
            page.close(WidgetMessages.CLOSE_BLOCKED, "origin not allowed");
            return;
        }
        PageView view = cleanPageView(hello.page());
        // a claimed id is checked before its token: whoever presents a blocked id is refused either way
        if (gate.isBlocked(hello.visitorId(), page.ip)) {
            LOG.info("blocked visitor refused: visitor={} address={}", hello.visitorId(), page.ip);
            page.send(envelope(WidgetMessages.BLOCKED, Map.of()));
            page.close(WidgetMessages.CLOSE_BLOCKED, "blocked");
            return;
        }
        VisitorRecorder.Arrival arrival = recorder.arrive(page, site.id(), hello.visitorId(), hello.token(), view);
        page.site = site.id();
        page.send(envelope(WidgetMessages.WELCOME,
                new WidgetMessages.Welcome(arrival.visitorId(), arrival.token(), arrival.returning(), site.prechat(),
                        site.typingPreview())));
        tracker.summary(arrival.visitorId()).ifPresent(summary -> listeners.forEach(listener -> listener.pageViewed(summary)));
    }

    private void onClose(WsCloseContext ctx) {
        VisitorPage page = pages.remove(ctx.sessionId());
        if (page != null) {
            perAddress.closed(page.ip);
            if (ctx.status() == 1009) {
                LOG.warn("visitor socket closed: message over {} bytes, address={}", HARD_LIMIT_BYTES, page.ip);
            }
            recorder.pageClosed(page);
        }
    }

    private void refuse(VisitorPage page, String why) {
        LOG.warn("visitor socket closed: {}; visitor={} address={}", why, page.visitorId, page.ip);
        page.close(WidgetMessages.CLOSE_VIOLATION, "protocol violation");
    }

    /** Reported pages are kept within bounds: URLs must be http(s), texts are clipped. */
    private static PageView cleanPageView(PageView view) {
        if (view == null || view.url() == null || !(view.url().startsWith("http://") || view.url().startsWith("https://"))
                || view.url().length() > 2048) {
            throw new ApiException(ProblemType.VALIDATION, "page.url must be an http(s) URL of at most 2048 characters");
        }
        String referrer = view.referrer() == null || view.referrer().isBlank() || view.referrer().length() > 2048 ? null : view.referrer();
        String screen = view.screen() != null && SCREEN.matcher(view.screen()).matches() ? view.screen() : null;
        return new PageView(view.url(), clip(view.title(), 500), referrer, clip(view.language(), 35), screen);
    }

    /** Whether the message is over the limit in UTF-8 bytes, counted without copying it. */
    private static boolean tooLarge(String text) {
        if ((long) text.length() * 3 <= MAX_MESSAGE_BYTES) {
            return false;
        }
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            // a surrogate is half of a 4-byte character
            bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
        }
        return bytes > MAX_MESSAGE_BYTES;
    }

    private static String clip(String text, int max) {
        if (text == null) {
            return null;
        }
        return text.length() > max ? text.substring(0, max) : text;
    }

    private static <T> T payload(Envelope message, Class<T> type) {
        JsonNode payload = message.payload();
        return JsonBodies.read(payload == null ? null : payload.toString(), type);
    }

    static Envelope envelope(String type, Object payload) {
        return Envelope.outgoing(type, null, null, payload);
    }
}
