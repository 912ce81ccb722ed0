package dev.switchboard.shared.tickets;

/**
 * A node of the category tree (咨询 inquiry, 投诉 complaint, 故障 fault, 建议 suggestion, and what
 * administrators add under them), named in English and Simplified Chinese. Categories are disabled,
 * never deleted: tickets keep naming them.
 *
 * @param parentId the category above, or null at the top
 */
public record TicketCategory(long id, Long parentId, String name, String nameZh, int position, boolean enabled, long version) {

    /** The change-log entity of ticket categories. */
    public static final String ENTITY = "ticket_category";

    /** The name in the reader's language: Chinese for {@code zh*}, English otherwise. */
    public String name(java.util.Locale locale) {
        return "zh".equals(locale.getLanguage()) ? nameZh : name;
    }
}
