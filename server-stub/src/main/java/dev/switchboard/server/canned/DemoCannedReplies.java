package dev.switchboard.server.canned;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.chat.NewCannedReply;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * The demo's canned replies: some shared with the pre-sales and after-sales groups, some of
 * alice's own, in categories, so that typing 退款 or /tk in a chat finds one. Added through the
 * service (so they sync like any other) and only where missing: a second start changes nothing.
 */
final class DemoCannedReplies {

    private record Demo(String scope, String shortcut, String title, String body, String category) {
    }

    private static final String PRESALES = "售前 Pre-sales";
    private static final String AFTERSALES = "售后 After-sales";
    private static final String ALICE = "alice";

    private static final List<Demo> REPLIES = List.of(
            new Demo(PRESALES, "greet", "问候 Greeting", "您好，我是{agent.name}，很高兴为您服务！请问有什么可以帮您？", "问候 Greetings"),
            new Demo(PRESALES, "price", "优惠活动 Offers", "目前全场满 299 元减 30 元，会员再享 95 折，具体价格以商品页面为准。", "售前 Pre-sales"),
            new Demo(PRESALES, "stock", "库存查询 Stock", "请把商品链接或型号发给我，我马上为您查询库存。", "售前 Pre-sales"),
            new Demo(AFTERSALES, "tuikuan", "退款说明 Refunds",
                    "{visitor.name}您好，退款申请通过后，款项会在 3–7 个工作日内原路退回，请留意银行通知。", "退款 Refunds"),
            new Demo(AFTERSALES, "return", "退货流程 Returns",
                    "收到商品 7 天内可无理由退货：在「我的订单」中点「申请退货」，填写原因后按提示寄回即可。", "退款 Refunds"),
            new Demo(AFTERSALES, "wuliu", "物流查询 Delivery", "请提供您的订单号，我帮您查询物流进度。", "物流 Delivery"),
            new Demo(ALICE, "wait", "请稍等 One moment", "请稍等，我帮您查一下。", null),
            new Demo(ALICE, "bye", "结束语 Closing", "感谢您的咨询，祝您生活愉快！如有其他问题随时联系我们。", "结束语 Closing"));

    private final Jdbi jdbi;
    private final CannedReplyService replies;

    DemoCannedReplies(Jdbi jdbi, CannedReplyService replies) {
        this.jdbi = jdbi;
        this.replies = replies;
    }

    void seed() {
        Optional<Long> admin = id("SELECT id FROM agent WHERE login = 'admin'", null);
        Optional<Long> alice = id("SELECT id FROM agent WHERE login = :name", ALICE);
        for (Demo demo : REPLIES) {
            if (demo.scope().equals(ALICE)) {
                alice.filter(owner -> !exists("owner_id", owner, demo.shortcut()))
                        .ifPresent(owner -> replies.create(new Principal(owner, ALICE, Role.AGENT, 0),
                                new NewCannedReply(null, demo.shortcut(), demo.title(), demo.body(), demo.category())));
            } else {
                Optional<Long> group = id("SELECT id FROM agent_group WHERE name = :name", demo.scope());
                if (admin.isPresent() && group.isPresent() && !exists("group_id", group.get(), demo.shortcut())) {
                    replies.create(new Principal(admin.get(), "admin", Role.ADMIN, 0),
                            new NewCannedReply(group.get(), demo.shortcut(), demo.title(), demo.body(), demo.category()));
                }
            }
        }
    }

    private Optional<Long> id(String sql, String name) {
        return jdbi.withHandle(handle -> {
            var query = handle.createQuery(sql);
            if (name != null) {
                query.bind("name", name);
            }
            return query.mapTo(Long.class).findOne();
        });
    }

    private boolean exists(String scopeColumn, long scope, String shortcut) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM canned_reply WHERE " + scopeColumn + " = :scope AND shortcut = :shortcut")
                .bind("scope", scope).bind("shortcut", shortcut).mapTo(Integer.class).one() > 0);
    }
}
