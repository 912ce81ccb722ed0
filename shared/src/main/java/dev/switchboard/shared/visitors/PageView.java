package dev.switchboard.shared.visitors;

/**
 * A page as the widget reports it. {@code screen} is like {@code 1920x1080}; {@code language} is
 * the browser's (e.g. {@code zh-CN}). The user agent and address come from the connection itself.
 */
public record PageView(String url, String title, String referrer, String language, String screen) {
}
