package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.PasswordHasher;
import dev.switchboard.server.auth.PasswordPolicy;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.PasswordReset;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reading and administering agent accounts. Every public method checks the caller's role first.
 * Administrators' changes are audited (a password reset, disabling and enabling among them).
 */
public final class AgentService {

    private static final Logger LOG = LoggerFactory.getLogger(AgentService.class);
    static final int DEFAULT_MAX_CHATS = 5;

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final AuthService auth;
    private final AuditLog audit;
    private final AgentStore agents = new AgentStore();
    private final GroupStore groups = new GroupStore();

    public AgentService(Jdbi jdbi, ChangeLog changeLog, PasswordHasher hasher, PasswordPolicy passwords, AuthService auth, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.hasher = hasher;
        this.passwords = passwords;
        this.auth = auth;
        this.audit = audit;
    }

    public List<Agent> list(Principal caller) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(agents::all);
    }

    public Agent get(Principal caller, long id) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> agents.find(handle, id)).orElseThrow(() -> ApiException.notFound("agent " + id));
    }

    public Agent create(Principal caller, NewAgent request) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = withPolicy(AgentRules.check(request), request.password());
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the agent is not valid", errors);
        }
        Agent created = createAccount(request, caller.agentId());
        LOG.info("agent created: login={} role={} by={}", created.login(), created.role(), caller.login());
        return created;
    }

    /**
     * Creates an account without a caller: for the first admin and the demo seed at start-up only.
     * Their passwords are not user input (the demo's is documented, the first admin's is random or
     * the operator's), so the rule for new passwords is not applied here; {@link #create} applies it.
     */
    Agent createAccount(NewAgent request) {
        return createAccount(request, null);
    }

    /** Creates the account, audited as {@code actorId}'s when there is one. */
    private Agent createAccount(NewAgent request, Long actorId) {
        List<FieldError> errors = AgentRules.checkAccount(request);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the agent is not valid", errors);
        }
        String hash = hasher.hash(request.password());
        List<Long> groupIds = request.groupIds() == null ? List.of() : List.copyOf(new TreeSet<>(request.groupIds()));
        int maxChats = request.maxChats() == null ? DEFAULT_MAX_CHATS : request.maxChats();
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            requireKnownGroups(handle, groupIds);
            if (agents.loginExists(handle, request.login())) {
                throw loginTaken(request.login());
            }
            long id = agents.insert(handle, request.login(), request.displayName().strip(), hash, request.role(), maxChats, tx.now());
            Set<Long> groupsChanged = new TreeSet<>(agents.replaceGroups(handle, id, groupIds));
            groupsChanged.addAll(writeSkills(handle, id, Map.of(), request.skills()));
            GroupVersion.raiseAll(tx, groupsChanged);
            Agent agent = agents.find(handle, id).orElseThrow();
            tx.record(EntityTypes.AGENT, Long.toString(id), ChangeOp.UPSERT, agent);
            if (actorId != null) {
                audit.record(handle, actorId, "agent.create", target(id), "login=" + agent.login() + "; role=" + agent.role());
            }
            return agent;
        });
    }

    public Agent patch(Principal caller, long id, AgentPatch patch) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = withPolicy(AgentRules.check(patch), patch.password());
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the change is not valid", errors);
        }
        if (id == caller.agentId() && (Boolean.FALSE.equals(patch.enabled()) || (patch.role() != null && patch.role() != Role.ADMIN))) {
            throw new ApiException(ProblemType.CONFLICT, "an administrator cannot disable their own account or drop their own ADMIN role");
        }
        String newHash = patch.password() == null ? null : hasher.hash(patch.password());
        Agent updated = changeLog.write(tx -> {
            Handle handle = tx.handle();
            Agent current = agents.find(handle, id).orElseThrow(() -> ApiException.notFound("agent " + id));
            if (patch.accountVersion() != null && patch.accountVersion() != current.accountVersion()) {
                throw new ApiException(ProblemType.CONFLICT, "the account was changed meanwhile: it is at version "
                        + current.accountVersion() + ", the change was made from version " + patch.accountVersion());
            }
            Set<Long> groupsChanged = new TreeSet<>();
            if (patch.groupIds() != null) {
                List<Long> groupIds = List.copyOf(new TreeSet<>(patch.groupIds()));
                requireKnownGroups(handle, groupIds);
                groupsChanged.addAll(agents.replaceGroups(handle, id, groupIds));
            }
            groupsChanged.addAll(writeSkills(handle, id, current.skills(), patch.skills()));
            GroupVersion.raiseAll(tx, groupsChanged);
            if (newHash != null) {
                agents.updatePasswordHash(handle, id, newHash);
            }
            agents.update(handle, new Agent(id, current.login(),
                    patch.displayName() == null ? current.displayName() : patch.displayName().strip(),
                    patch.role() == null ? current.role() : patch.role(),
                    current.groupIds(),
                    patch.maxChats() == null ? current.maxChats() : patch.maxChats(),
                    current.status(),
                    patch.enabled() == null ? current.enabled() : patch.enabled(),
                    current.version()));
            Agent agent = agents.find(handle, id).orElseThrow();
            tx.record(EntityTypes.AGENT, Long.toString(id), ChangeOp.UPSERT, agent);
            audit.record(handle, caller.agentId(), auditAction(current, agent), target(id), String.join(",", changedFields(patch)));
            return agent;
        });
        LOG.info("agent changed: login={} fields={} by={}", updated.login(), changedFields(patch), caller.login());
        if (Boolean.FALSE.equals(patch.enabled())) {
            auth.revokeAllOf(id, "account disabled");
        } else if (patch.password() != null) {
            auth.revokeAllOf(id, "password reset");
        }
        if (patch.role() != null || patch.groupIds() != null || patch.enabled() != null) {
            // REST calls read the account on every request; open sockets must be told
            auth.accountChanged(id);
        }
        return updated;
    }

    /**
     * An administrator sets an account's password, typed or generated in their workstation; every
     * session of the account ends, but the caller's own when it is their account.
     */
    public void resetPassword(Principal caller, long id, PasswordReset reset) {
        caller.require(Role.ADMIN);
        List<FieldError> errors = withPolicy(AgentRules.check(reset), reset.password());
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the password is not valid", errors);
        }
        String hash = hasher.hash(reset.password());
        Agent agent = changeLog.write(tx -> {
            Handle handle = tx.handle();
            Agent current = agents.find(handle, id).orElseThrow(() -> ApiException.notFound("agent " + id));
            agents.updatePasswordHash(handle, id, hash);
            audit.record(handle, caller.agentId(), "agent.password-reset", target(id), "login=" + current.login());
            return current;
        });
        LOG.info("password reset: login={} by={}", agent.login(), caller.login());
        if (id == caller.agentId()) {
            auth.revokeOthersOf(id, caller.sessionId(), "password reset");
        } else {
            auth.revokeAllOf(id, "password reset");
        }
    }

    /**
     * Sets the skills a new account or a change names; a group the agent is not in is bad input.
     * Answers the groups where the skill is not what it was {@code before} (their members changed).
     */
    private Set<Long> writeSkills(Handle handle, long id, Map<Long, Integer> before, Map<Long, Integer> skills) {
        if (skills == null) {
            return Set.of();
        }
        Set<Long> changed = new TreeSet<>();
        for (Map.Entry<Long, Integer> skill : skills.entrySet()) {
            if (!agents.writeSkill(handle, id, skill.getKey(), skill.getValue())) {
                throw ApiException.invalid("a skill names a group the agent is not in",
                        List.of(new FieldError("skills", "not in group " + skill.getKey())));
            }
            if (!skill.getValue().equals(before.get(skill.getKey()))) {
                changed.add(skill.getKey());
            }
        }
        return changed;
    }

    /** A login in use: a conflict with another account, named next to the login field (not a stale edit). */
    private static ApiException loginTaken(String login) {
        ProblemType type = ProblemType.CONFLICT;
        return new ApiException(new Problem(type.uri(), type.title(), type.status(), "the login " + login + " is taken",
                List.of(new FieldError("login", AgentRules.LOGIN_TAKEN))), Map.of());
    }

    /** Disabling and enabling are audited as such, every other change as an update. */
    private static String auditAction(Agent before, Agent after) {
        if (before.enabled() != after.enabled()) {
            return after.enabled() ? "agent.enable" : "agent.disable";
        }
        return "agent.update";
    }

    private static String target(long id) {
        return "agent:" + id;
    }

    /** Adds the common-password check to the shared rules' errors, when the password is set and long enough to ask. */
    private List<FieldError> withPolicy(List<FieldError> errors, String password) {
        if (password == null || errors.stream().anyMatch(error -> error.field().equals("password"))) {
            return errors;
        }
        List<FieldError> all = new ArrayList<>(errors);
        all.addAll(passwords.check("password", password));
        return all;
    }

    private void requireKnownGroups(Handle handle, List<Long> groupIds) {
        Set<Long> unknown = groups.unknown(handle, groupIds);
        if (!unknown.isEmpty()) {
            throw ApiException.invalid("unknown groups", List.of(new FieldError("groupIds", "no such groups: " + unknown)));
        }
    }

    /** Names of the fields a patch sets, for the log; never their values (a password may be one). */
    private static List<String> changedFields(AgentPatch patch) {
        List<String> fields = new ArrayList<>();
        if (patch.displayName() != null) {
            fields.add("displayName");
        }
        if (patch.password() != null) {
            fields.add("password");
        }
        if (patch.role() != null) {
            fields.add("role");
        }
        if (patch.groupIds() != null) {
            fields.add("groupIds");
        }
        if (patch.maxChats() != null) {
            fields.add("maxChats");
        }
        if (patch.skills() != null) {
            fields.add("skills");
        }
        if (patch.enabled() != null) {
            fields.add("enabled");
        }
        return fields;
    }
}
