package dev.switchboard.app.sites;

import java.util.Map;

/**
 * The widget's own words that its preview here shows, in the widget's two languages: copied from
 * widget.js's dictionaries (a test holds them to it), since the preview must read as the visitor's
 * widget does whatever the workstation's language.
 */
final class WidgetTexts {

    static final Map<String, String> ZH = Map.of(
            "title", "在线客服", "chat", "在线咨询", "leave", "给我们留言", "online", "客服在线 · 通常几分钟内回复",
            "offline", "暂时无人在线，请留言，我们会尽快回复", "hi", "您好！有什么可以帮您？", "intro", "开始之前，请留下您的信息，方便客服更好地为您服务。",
            "introLeave", "现在暂时没有客服在线。留下您的联系方式和问题，我们会尽快回复您。", "start", "开始咨询", "next", "继续");
    static final Map<String, String> ZH_MORE = Map.of("optional", "选填", "choose", "请选择", "privacy", "隐私提示：客服可以在您发送之前看到您正在输入的内容。",
            "input", "输入消息…");
    static final Map<String, String> EN = Map.of(
            "title", "Chat with us", "chat", "Chat with us", "leave", "Leave a message", "online", "We're online · usually reply in minutes",
            "offline", "We're away. Leave a message and we'll get back to you.", "hi", "Hi there! How can we help?",
            "intro", "Before we start, tell us a little about you.",
            "introLeave", "Nobody is online right now. Leave your details and question, and we'll get back to you.", "start", "Start chat",
            "next", "Continue");
    static final Map<String, String> EN_MORE = Map.of("optional", "optional", "choose", "Choose…",
            "privacy", "Privacy: our agents can see what you type before you send it.", "input", "Type a message…");

    private WidgetTexts() {
    }

    static String get(boolean english, String key) {
        String text = (english ? EN : ZH).get(key);
        return text != null ? text : (english ? EN_MORE : ZH_MORE).get(key);
    }
}
