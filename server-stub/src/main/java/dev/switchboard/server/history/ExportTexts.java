package dev.switchboard.server.history;

import dev.switchboard.shared.chat.ChatEvent;
import java.util.List;
import java.util.Locale;

/**
 * The words of an exported transcript in its reader's language (the workstation's, sent as
 * {@code lang}): English, or Simplified Chinese for any {@code zh} tag.
 */
record ExportTexts(String chat, String visitor, String agent, String group, String rating, String wrapUp, String overdue, String note,
                   String system, List<String> csvHeader, String joined, String assistJoined, String transferred, String ended,
                   String endedBy) {

    static final ExportTexts ENGLISH = new ExportTexts("Chat", "Visitor", "Agent", "Group", "Rating", "Wrap-up", "overdue", "note", "System",
            List.of("chat", "started", "ended", "visitor", "visitor id", "agent", "group", "rating", "rating comment", "wrap-up categories",
                    "wrap-up summary", "seq", "time", "sender", "kind", "text", "file"),
            "%s joined the chat", "%s joined to help", "The chat was transferred to %s", "The visitor ended the chat", "%s ended the chat");

    static final ExportTexts CHINESE = new ExportTexts("对话", "访客", "客服", "分组", "评价", "会话小结", "已超时", "备注", "系统",
            List.of("对话", "开始时间", "结束时间", "访客", "访客 ID", "客服", "分组", "评分", "评价内容", "小结分类", "小结内容", "序号", "时间",
                    "发送者", "类型", "内容", "文件"),
            "%s 加入了对话", "%s 加入对话协助", "对话已转接给 %s", "访客结束了对话", "%s 结束了对话");

    /** By a language tag such as {@code zh-CN} or {@code en}; anything unknown reads English. */
    static ExportTexts of(String languageTag) {
        return languageTag != null && languageTag.toLowerCase(Locale.ROOT).startsWith("zh") ? CHINESE : ENGLISH;
    }

    /** An event line in this language. */
    String event(ChatEvent event, String englishBody) {
        if (event == null || event.type() == null) {
            return englishBody;
        }
        return switch (event.type()) {
            case JOINED -> joined.formatted(event.agentName());
            case ASSIST_JOINED -> assistJoined.formatted(event.agentName());
            case TRANSFERRED -> transferred.formatted(event.agentName() != null ? event.agentName() : event.groupName());
            case ENDED -> event.agentName() == null ? ended : endedBy.formatted(event.agentName());
        };
    }
}
