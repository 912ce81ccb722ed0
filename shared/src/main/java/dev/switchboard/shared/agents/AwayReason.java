package dev.switchboard.shared.agents;

/**
 * A reason an agent gives for being away (小休 break, 用餐 meal, 培训 training, 会议 meeting), as
 * administrators configure them: named in English and Simplified Chinese, offered in
 * {@code position} order while {@code enabled}. A reason is never deleted: the status intervals of
 * reports name it.
 */
public record AwayReason(long id, String name, String nameZh, int position, boolean enabled, long version) {

    /** The change-log entity of away reasons. */
    public static final String ENTITY = "away_reason";
    public static final int MAX_NAME = 60;

    /** The name in the reader's language: Chinese for {@code zh*}, English otherwise. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : name;
    }
}
