package dev.switchboard.server.internalchat;

import dev.switchboard.server.auth.Principal;
import dev.switchboard.shared.agents.Role;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * A short exchange in the demo's Pre-sales conversation, so that a user of the demo sees the team
 * chat with something in it: carol's message unread by her, alice's reply read by alice. Seeding
 * again changes nothing (the client ids are the same).
 */
final class DemoTeamChat {

    private static final String GROUP = "售前 Pre-sales";

    private final Jdbi jdbi;
    private final InternalChatService chats;

    DemoTeamChat(Jdbi jdbi, InternalChatService chats) {
        this.jdbi = jdbi;
        this.chats = chats;
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
    }

    /** A demo account acting through the service as its workstation would (no session: the seed is not a request). */
    private Optional<Principal> principal(String login, Role role) {
        return jdbi.withHandle(handle -> handle.createQuery("SELECT id FROM agent WHERE login = :login").bind("login", login)
                .mapTo(Long.class).findOne()).map(id -> new Principal(id, login, role, 0));
    }
}
