package dev.switchboard.server.agents;

import dev.switchboard.server.auth.PasswordHasher;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.NewGroup;
import dev.switchboard.shared.agents.Role;
import java.io.PrintStream;
import java.nio.file.Path;
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
    private final PasswordHasher hasher;
    private final AgentStore agents = new AgentStore();
    private final GroupStore groups = new GroupStore();

    public AccountBootstrap(Jdbi jdbi, AgentService agentService, GroupService groupService, PasswordHasher hasher) {
        this.jdbi = jdbi;
        this.hasher = hasher;
        this.agentService = agentService;
        this.groupService = groupService;
    }

    /**
     * On an empty database, creates {@code admin} with the given password, or with a random one
     * written to {@code initial-admin-password} in the data folder (readable by its owner only);
     * {@code console} learns only where the file is.
     */
    public void ensureAdmin(Optional<String> password, Path dataDir, PrintStream console) {
        if (jdbi.withHandle(agents::count) > 0) {
            forgetChangedAdminPassword(dataDir);
            return;
        }
        String chosen = password.orElseGet(InitialAdminPassword::generate);
        agentService.createAccount(new NewAgent("admin", "Administrator", chosen, Role.ADMIN, List.of(), 0));
        LOG.info("created the first administrator account: login=admin");
        if (password.isEmpty()) {
            Path file = InitialAdminPassword.write(dataDir, chosen);
            console.println("==========================================================");
            console.println(" First start: administrator account created, login: admin");
            console.println(" Its password is in " + file.toAbsolutePath());
            console.println(" (readable only by this user). Log in and change it: the");
            console.println(" backend then deletes the file.");
            console.println("==========================================================");
        }
    }

    /**
     * Deletes the first administrator's password file once it no longer holds the password: the
     * administrator changed it (or the account is gone). Cheap while there is no file.
     */
    public void forgetChangedAdminPassword(Path dataDir) {
        Optional<String> initial = InitialAdminPassword.read(dataDir);
        if (initial.isEmpty()) {
            return;
        }
        boolean stillValid = jdbi.withHandle(handle -> agents.account(handle, "admin"))
                .map(account -> hasher.matches(initial.get(), account.passwordHash())).orElse(false);
        if (!stillValid) {
            InitialAdminPassword.delete(dataDir);
            LOG.info("the first administrator's password was changed: deleted {}", InitialAdminPassword.fileIn(dataDir));
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
