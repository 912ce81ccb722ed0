package dev.switchboard.server.sites;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The page {@code /preview/{site}} that shows the site's real widget as visitors will see it, in
 * the language asked for ({@code lang}), with agents online or not ({@code offline=1}), and with
 * the settings of a preview ({@code draft}) or the saved ones. The widget there runs in preview
 * mode: it connects no socket, so it is no visitor to agents and starts no chat.
 */
final class PreviewPage {

    private PreviewPage() {
    }

    /** The page with the widget; {@code draft} null for the saved settings. */
    static String html(Site site, String draft, boolean english, boolean offline) {
        String explanation = english
                ? "This page shows the chat widget of this site as visitors will see it, with the settings from the workstation."
                + " It is a preview: chats are not started from here, and agents do not see you as a visitor."
                : "本页面按工作台中的设置显示此网站的在线客服窗口，与访客看到的一致。这只是预览：这里不会发起对话，客服也不会看到您。";
        return head(site, english) + "<p>" + explanation + "</p>\n<nav>"
                + link(draft, false, offline, !english, "中文")
                + link(draft, true, offline, english, "English")
                + link(draft, english, false, !offline, english ? "Agents online" : "客服在线")
                + link(draft, english, true, offline, english ? "Nobody online" : "无人在线")
                + "</nav>\n</main>\n<script src=\"/widget.js\" data-site=\"" + escape(site.id()) + "\" data-preview=\""
                + (draft == null ? "" : escape(draft)) + '"' + (offline ? " data-preview-offline=\"1\"" : "")
                + " async></script>\n</body>\n</html>\n";
    }

    /** The page of a preview whose link no longer works: no widget, and what to do. */
    static String expired(Site site, boolean english) {
        return head(site, english) + "<p id=\"preview-expired\">"
                + (english ? "This preview has expired. Open it again from the workstation." : "此预览已过期，请在工作台中重新打开。")
                + "</p>\n</main>\n</body>\n</html>\n";
    }

    private static String head(Site site, boolean english) {
        String title = (english ? "Widget preview · " : "客服窗口预览 · ") + escape(site.name());
        return "<!doctype html>\n<html lang=\"" + (english ? "en" : "zh-CN") + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"robots\" content=\"noindex\">\n"
                + "<title>" + title + "</title>\n<link rel=\"icon\" href=\"data:,\">\n<style>"
                + "body{margin:0;font:15px/1.6 system-ui,-apple-system,\"Segoe UI\",\"PingFang SC\",\"Microsoft YaHei\",sans-serif;"
                + "color:#1f2937;background:repeating-linear-gradient(45deg,#f8fafc 0 24px,#f1f5f9 24px 48px);min-height:100vh}"
                + "main{max-width:640px;margin:48px auto;padding:24px 28px;background:#fff;border-radius:14px;box-shadow:0 2px 12px rgba(15,23,42,.08)}"
                + "h1{margin:0 0 8px;font-size:20px}nav{display:flex;gap:14px;flex-wrap:wrap;margin-top:16px}a{color:#2563eb}"
                + "a[aria-current]{font-weight:700;color:#111827;text-decoration:none}</style>\n</head>\n<body>\n<main>\n"
                + "<h1>" + title + "</h1>\n";
    }

    private static String link(String draft, boolean english, boolean offline, boolean current, String text) {
        StringBuilder query = new StringBuilder("?lang=").append(english ? "en" : "zh-CN");
        if (draft != null) {
            query.append("&amp;draft=").append(URLEncoder.encode(draft, StandardCharsets.UTF_8));
        }
        if (offline) {
            query.append("&amp;offline=1");
        }
        return "<a href=\"" + query + "\"" + (current ? " aria-current=\"page\"" : "") + ">" + text + "</a>";
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
