package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.AuthRoutes;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.auth.LoginThrottle;
import dev.switchboard.server.auth.PasswordChanges;
import dev.switchboard.server.auth.PasswordHasher;
import dev.switchboard.server.auth.PasswordPolicy;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Agents, groups and signing in: the accounts, sessions, presence, the first administrator (or the
 * demo team) and {@code /api/v1/auth}, {@code /api/v1/agents}, {@code /api/v1/groups}; statuses with away reasons
 * and the time spent in each ({@code /api/v1/away-reasons}, {@code /api/v1/reports/agent-status}); an administrator's
 * password reset, each agent's own profile and picture ({@code /api/v1/me/profile}, {@code /api/v1/me/avatar}). Sessions
 * (the {@code auth} package) stand on the accounts kept here, so one feature builds both.
 * Publishes {@link AgentDirectory}, {@link AuthService}, {@link Callers}, {@link Presence} and {@link GroupService}.
 */
public final class AgentsFeature implements BackendFeature {

    private final boolean demo;
    private final Optional<String> adminPassword;
    private final int bcryptCost;
    private final Duration sessionIdle;
    private final Duration sessionLifetime;

    /**
     * @param demo          seed the demo groups and agents instead of the first administrator
     * @param adminPassword the first administrator's password on an empty database, or empty to generate one
     * @param bcryptCost    work factor of password hashes
     * @param sessionIdle   a session ends after this long without use
     * @param sessionLifetime a session ends this long after login at the latest
     */
    public AgentsFeature(boolean demo, Optional<String> adminPassword, int bcryptCost, Duration sessionIdle, Duration sessionLifetime) {
        this.demo = demo;
        this.adminPassword = adminPassword;
        this.bcryptCost = bcryptCost;
        this.sessionIdle = sessionIdle;
        this.sessionLifetime = sessionLifetime;
    }

    @Override
    public void install(FeatureContext context) {
        Jdbi jdbi = context.jdbi();
        Clock clock = context.clock();
        ChangeLog changeLog = context.require(ChangeLog.class);
        PasswordHasher hasher = new PasswordHasher(bcryptCost);
        AgentDirectory directory = new AgentDirectory(jdbi);
        AuthService auth = new AuthService(jdbi, directory, hasher, LoginThrottle.standard(clock), clock, sessionIdle, sessionLifetime);
        PasswordPolicy passwordPolicy = PasswordPolicy.standard();
        AuditLog audit = context.require(AuditLog.class);
        AgentService agents = new AgentService(jdbi, changeLog, hasher, passwordPolicy, auth, audit);
        GroupService groups = new GroupService(jdbi, changeLog, audit);
        Presence presence = new Presence(changeLog, audit);
        AwayReasons awayReasons = new AwayReasons(jdbi, changeLog, audit);
        Callers callers = new Callers(auth);

        AccountBootstrap bootstrap = new AccountBootstrap(jdbi, agents, groups, hasher);
        if (demo) {
            bootstrap.seedDemo();
            awayReasons.seedDemo();
        } else {
            bootstrap.ensureAdmin(adminPassword, context.dataDir(), System.out);
        }
        presence.resetAll();

        context.routes(new AuthRoutes(auth, new PasswordChanges(directory, hasher, passwordPolicy, auth, clock), callers),
                // before /agents/{id}: the router would otherwise read "export" as an id
                new AgentImportRoutes(new AgentImport(jdbi, changeLog, audit, hasher, passwordPolicy, auth), callers, clock),
                new AgentRoutes(agents, groups, callers), new AccountRoutes(agents, new Profiles(jdbi, changeLog, audit), callers),
                new PresenceRoutes(awayReasons, presence, new StatusReports(jdbi, clock), callers));
        context.every(Duration.ofMinutes(1), Duration.ofMinutes(60), "purging ended sessions", auth::purgeEnded);
        context.every(Duration.ofMinutes(1), Duration.ofMinutes(1), "forgetting the changed admin password",
                () -> bootstrap.forgetChangedAdminPassword(context.dataDir()));
        context.publish(AgentDirectory.class, directory);
        context.publish(AuthService.class, auth);
        context.publish(Callers.class, callers);
        context.publish(Presence.class, presence);
        context.publish(GroupService.class, groups);
    }
}
