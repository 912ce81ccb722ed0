package dev.switchboard.server.intake;

import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.tickets.FieldType;
import dev.switchboard.shared.tickets.TicketField;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo's web form {@code /forms/support} (site {@code default}, category Inquiry, group
 * Pre-sales) with three custom fields of the Inquiry category: a product (dropdown), an order number
 * (text) and the purchase day (date). None is required: a required field would refuse every other
 * demo ticket (and rule) that moves to Inquiry without it. Seeded once: a form or field already there stays.
 */
final class DemoForm {

    private DemoForm() {
    }

    static void seed(Jdbi jdbi, ChangeLog changeLog, Clock clock) {
        changeLog.write(tx -> {
            Handle handle = tx.handle();
            if (handle.createQuery("SELECT COUNT(*) FROM web_form WHERE form_key = 'support'").mapTo(Integer.class).one() > 0) {
                return null;
            }
            Long inquiry = handle.createQuery("SELECT id FROM ticket_category WHERE name = 'Inquiry' AND parent_id IS NULL")
                    .mapTo(Long.class).findFirst().orElse(null);
            Optional<Long> presales = handle.createQuery("SELECT id FROM agent_group WHERE name = '售前 Pre-sales'").mapTo(Long.class).findFirst();
            field(tx, "product", "Product", "产品", FieldType.DROPDOWN, List.of("Aurora A1", "Aurora A3", "Aurora A7", "Filter 滤网"), false, inquiry, 1);
            field(tx, "order_number", "Order number", "订单号", FieldType.TEXT, List.of(), false, inquiry, 2);
            field(tx, "purchase_date", "Purchase date", "购买日期", FieldType.DATE, List.of(), false, inquiry, 3);
            handle.createUpdate("INSERT INTO web_form (form_key, site, title, category_id, field_keys, group_id, enabled, version, created_at)"
                            + " VALUES ('support', 'default', :title, :category, :fields, :group, TRUE, 1, :now)")
                    .bind("title", "Aurora support · 极光客服").bind("category", inquiry)
                    .bind("fields", "[\"product\",\"order_number\",\"purchase_date\"]").bind("group", presales.orElse(null))
                    .bind("now", clock.instant()).execute();
            return null;
        });
    }

    private static void field(ChangeLog.Tx tx, String key, String name, String nameZh, FieldType type, List<String> options, boolean required,
                              Long categoryId, int position) {
        Handle handle = tx.handle();
        if (handle.createQuery("SELECT COUNT(*) FROM ticket_field WHERE field_key = :key").bind("key", key).mapTo(Integer.class).one() > 0) {
            return;
        }
        long id = handle.createUpdate("INSERT INTO ticket_field (field_key, name, name_zh, field_type, options, required, category_id, position,"
                        + " enabled, version) VALUES (:key, :name, :zh, :type, :options, :required, :category, :position, TRUE, 1)")
                .bind("key", key).bind("name", name).bind("zh", nameZh).bind("type", type.name())
                .bind("options", options.isEmpty() ? null : dev.switchboard.shared.json.Json.mapper().valueToTree(options).toString())
                .bind("required", required).bind("category", categoryId).bind("position", position)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        // workstations learn of the fields as of any field an administrator adds
        tx.record(TicketField.ENTITY, Long.toString(id), ChangeOp.UPSERT,
                new TicketField(id, key, name, nameZh, type, options, required, categoryId, position, true, 1));
    }
}
