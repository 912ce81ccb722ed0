package dev.switchboard.server.agents;

import dev.switchboard.server.auth.Tokens;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.Role;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The accounts a new backend starts with: a first administrator, or the demo team. */
public final class AccountBootstrap {

    private static final Logger LOG = LoggerFactory.getLogger(AccountBootstrap.class);
    public static final String DEMO_PASSWORD = "switchboard";

    private final Jdbi jdbi;
    private final AgentService agentService;
    private final GroupService groupService;
    private final AgentStore agents = new AgentStore();
    private final GroupStore groups = new GroupStore();

    public AccountBootstrap(Jdbi jdbi, AgentService agentService, GroupService groupService) {
        this.jdbi = jdbi;
        this.agentService = agentService;
        this.groupService = groupService;
    }

    /**
     * On an empty database, creates {@code admin} with the given password or a random one that is
     * printed once to {@code console} (not to the log, which is kept and shipped).
     */
    public void ensureAdmin(Optional<String> password, PrintStream console) {
        if (jdbi.withHandle(agents::count) > 0) {
            return;
        }
        String chosen = password.orElseGet(() -> Tokens.newToken().substring(0, 20));
        agentService.createAccount(new NewAgent("admin", "Administrator", chosen, Role.ADMIN, List.of(), 0));
        LOG.info("created the first administrator account: login=admin");
        if (password.isEmpty()) {
            console.println("==========================================================");
            console.println(" First start: administrator account created");
            console.println("   login:    admin");
            console.println("   password: " + chosen);
            console.println(" It is shown only this once. Change it after logging in.");
            console.println("==========================================================");
        }
    }

    /** Adds whatever of the demo groups and agents is missing; running it twice changes nothing. */
    public void seedDemo() {
        long presales = groupId("售前 Pre-sales", "Questions before buying: products, prices, stock");
        long aftersales = groupId("售后 After-sales", "Orders, delivery, returns and repairs");
        long vip = groupId("VIP", "Customers of the VIP level");
        account("alice", "Alice 王丽", Role.AGENT, List.of(presales, vip));
        account("bob", "Bob 张伟", Role.AGENT, List.of(aftersales));
        account("carol", "Carol 陈静", Role.SUPERVISOR, List.of(presales, aftersales, vip));
        account("admin", "Administrator", Role.ADMIN, List.of());
    }

    private long groupId(String name, String description) {
        return jdbi.withHandle(handle -> groups.idOfName(handle, name))
                .orElseGet(() -> groupService.createGroup(new NewGroup(name, description)).id());
    }

    private void account(String login, String displayName, Role role, List<Long> groupIds) {
        if (!jdbi.withHandle(handle -> agents.loginExists(handle, login))) {
            agentService.createAccount(new NewAgent(login, displayName, DEMO_PASSWORD, role, new ArrayList<>(groupIds), 5));
            LOG.info("demo account created: login={} role={}", login, role);
        }
    }
}
