package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.teamchat.NewTeamGroup;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A short exchange in the demo's Pre-sales conversation, so that a user of the demo sees the team
 * chat with something in it: carol's message unread by her, alice's reply read by alice; and an
 * ad-hoc group carol made with alice and bob for refunds that need a second look. Seeding again
 * changes nothing (the client ids are the same; the group is made once).
 */
final class DemoTeamChat {

    private static final String GROUP = "售前 Pre-sales";
    private static final String AD_HOC_GROUP = "退款复核 Refund checks";

    private final Jdbi jdbi;
    private final InternalChatService chats;
    private final AdHocGroupService groups;

    DemoTeamChat(Jdbi jdbi, InternalChatService chats, AdHocGroupService groups) {
        this.jdbi = jdbi;
        this.chats = chats;
        this.groups = groups;
    }

    void seed() {
        Optional<Principal> carol = principal("carol", Role.SUPERVISOR);
        Optional<Principal> alice = principal("alice", Role.AGENT);
        Optional<Long> conversation = jdbi.withHandle(handle -> handle.createQuery(
                        "SELECT t.id FROM team_conversation t JOIN agent_group g ON g.id = t.group_id WHERE g.name = :name")
                .bind("name", GROUP).mapTo(Long.class).findOne());
        if (carol.isEmpty() || alice.isEmpty() || conversation.isEmpty()) {
            return;
        }
        long id = conversation.get();
        chats.post(carol.get(), id, "demo-welcome", "大家好！今天 10 点开始 A 系列促销，报价请按新价目表。"
                + " Hello team: the A series sale starts at 10:00, quote the new price list.", null);
        long reply = chats.post(alice.get(), id, "demo-reply", "收到 👍 Got it.", null).seq();
        chats.read(alice.get(), id, reply);
        seedAdHocGroup(carol.get(), alice.get());
    }

    private void seedAdHocGroup(Principal carol, Principal alice) {
        boolean made = jdbi.withHandle(handle -> handle.createQuery("SELECT COUNT(*) FROM team_conversation WHERE kind = 'AD_HOC' AND title = :title")
                .bind("title", AD_HOC_GROUP).mapTo(Long.class).one() > 0);
        Optional<Principal> bob = principal("bob", Role.AGENT);
        if (made || bob.isEmpty()) {
            return;
        }
        long id = groups.create(carol, new NewTeamGroup(AD_HOC_GROUP, List.of(alice.agentId(), bob.get().agentId()))).id();
        long rule = chats.post(carol, id, "demo-refunds", "超过 2000 元的退款请先发到这里，我来复核。 Refunds over ¥2000: post them here first,"
                + " I check them.", null).seq();
        // read by everyone: a fresh demo (and the tests' demo backends) starts without unread badges
        chats.read(alice, id, rule);
        chats.read(bob.get(), id, rule);
    }

    /** A demo account acting through the service as its workstation would (no session: the seed is not a request). */
    private Optional<Principal> principal(String login, Role role) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM agent WHERE login = :login").bind("login", login)
                .mapTo(Long.class).findOne()).map(id -> new Principal(id, login, role, 0));
    }
}
