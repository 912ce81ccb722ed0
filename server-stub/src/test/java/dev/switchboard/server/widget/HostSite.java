package dev.switchboard.server.widget;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A customer's website on another origin than the backend: every path answers a page that embeds
 * the widget with the one documented tag. The page has loud CSS of its own so that tests see
 * whether styles leak either way. Query options: {@code lang=en} (default {@code zh-CN}, {@code none}
 * for no attribute), {@code widget=no} for the same page without the widget.
 */
final class HostSite implements AutoCloseable {

    /** Deliberately hostile styles: universal, !important, on the elements a widget is made of. */
    static final String HOST_CSS = """
            * { font-family: serif !important; color: rgb(255, 0, 0) !important; letter-spacing: 2px !important;
                line-height: 31px !important; text-transform: uppercase; box-sizing: content-box; }
            html, body { margin: 0; padding: 0; background: rgb(250, 250, 240); }
            body { overflow-y: scroll; font-size: 17px; }
            button { border: 4px dotted rgb(0, 128, 0); background: rgb(255, 255, 0); font-size: 30px; padding: 12px; border-radius: 0; }
            div, section, header, form, ol, li, p, h2, input, select, textarea, time, span {
                margin: 7px; padding: 7px; border: 2px solid rgb(0, 0, 255); background: rgb(255, 192, 203); }
            .tall { height: 3000px; }
            """;

    private final HttpServer server;
    private final int backendPort;

    private HostSite(HttpServer server, int backendPort) {
        this.server = server;
        this.backendPort = backendPort;
    }

    static HostSite start(int backendPort) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            HostSite site = new HostSite(server, backendPort);
            server.createContext("/", site::page);
            server.start();
            return site;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The site's origin: 127.0.0.1 on its own port, while the backend is localhost on another. */
    String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String url(String pathAndQuery) {
        return origin() + pathAndQuery;
    }

    static String titleOf(String path) {
        return switch (path) {
            case "/products/a3.html" -> "Aurora A3 家用净化器";
            case "/pricing.html" -> "价格与套餐 Pricing";
            default -> "Aurora 空气净化器 | " + path;
        };
    }

    private void page(HttpExchange exchange) throws IOException {
        URI uri = exchange.getRequestURI();
        String query = uri.getRawQuery() == null ? "" : uri.getRawQuery();
        if (uri.getPath().equals("/favicon.ico")) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        String lang = query.contains("lang=en") ? "en" : query.contains("lang=none") ? null : "zh-CN";
        boolean widget = !query.contains("widget=no");
        String html = "<!doctype html>\n<html" + (lang == null ? "" : " lang=\"" + lang + "\"") + ">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + titleOf(uri.getPath()) + "</title>\n<style>\n" + HOST_CSS + "</style>\n</head>\n<body>\n"
                + "<h1 id=\"headline\">" + titleOf(uri.getPath()) + "</h1>\n"
                + "<p id=\"probe\">正文 Body text</p>\n"
                + "<button id=\"host-button\" type=\"button\">Host button</button>\n"
                + "<input id=\"host-input\" placeholder=\"search the shop\">\n"
                + "<a id=\"next\" href=\"/pricing.html\">价格</a>\n"
                + "<div class=\"tall\"></div>\n"
                + (widget ? "<script src=\"http://localhost:" + backendPort + "/widget.js\" data-site=\"default\" async></script>\n" : "")
                + "</body>\n</html>\n";
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
