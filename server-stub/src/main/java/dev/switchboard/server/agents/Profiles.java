package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentRules;
import dev.switchboard.shared.agents.ProfileChange;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What every agent sets of their own account: the name colleagues and visitors see, and a picture
 * colleagues see. Changes reach every workstation through the change log, as the account's; the
 * name change is audited (a visitor may have been told another name).
 */
public final class Profiles {

    private static final Logger LOG = LoggerFactory.getLogger(Profiles.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final AvatarImage images = new AvatarImage();
    private final AgentStore agents = new AgentStore();
    private final AvatarStore avatars = new AvatarStore();

    public Profiles(Jdbi jdbi, ChangeLog changeLog, AuditLog audit) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
    }

    public Agent change(Principal caller, ProfileChange change) {
        caller.require(Role.AGENT);
        List<FieldError> errors = AgentRules.check(change);
        if (!errors.isEmpty()) {
            throw ApiException.invalid("the profile is not valid", errors);
        }
        String name = change.displayName().strip();
        Agent changed = changeLog.write(tx -> {
            Handle handle = tx.handle();
            Agent before = self(handle, caller);
            if (before.displayName().equals(name)) {
                return before;
            }
            agents.updateDisplayName(handle, caller.agentId(), name);
            audit.record(handle, caller.agentId(), "agent.profile", "agent:" + caller.agentId(), "displayName");
            return recorded(tx, caller.agentId());
        });
        LOG.info("profile changed: login={}", caller.login());
        return changed;
    }

    /** Sets the caller's picture from what they sent (checked and redrawn, see {@link AvatarImage}). */
    public Agent putAvatar(Principal caller, byte[] upload) {
        caller.require(Role.AGENT);
        byte[] png = images.normalize(upload);
        String tag = tagOf(png);
        Agent changed = changeLog.write(tx -> {
            Handle handle = tx.handle();
            self(handle, caller);
            avatars.put(handle, caller.agentId(), tag, png, tx.now());
            agents.updateAvatar(handle, caller.agentId(), tag);
            return recorded(tx, caller.agentId());
        });
        LOG.info("avatar set: login={} bytes={}", caller.login(), png.length);
        return changed;
    }

    public Agent removeAvatar(Principal caller) {
        caller.require(Role.AGENT);
        return changeLog.write(tx -> {
            Handle handle = tx.handle();
            Agent before = self(handle, caller);
            if (!avatars.delete(handle, caller.agentId())) {
                return before;
            }
            agents.updateAvatar(handle, caller.agentId(), null);
            return recorded(tx, caller.agentId());
        });
    }

    /** An agent's picture, as a PNG, for any colleague; 404 while there is none. */
    public AvatarStore.StoredAvatar avatar(Principal caller, long agentId) {
        caller.require(Role.AGENT);
        return jdbi.withHandle(handle -> avatars.find(handle, agentId)).orElseThrow(() -> ApiException.notFound("a picture of agent " + agentId));
    }

    private Agent self(Handle handle, Principal caller) {
        return agents.find(handle, caller.agentId()).orElseThrow(() -> ApiException.notFound("agent " + caller.agentId()));
    }

    private Agent recorded(ChangeLog.Tx tx, long id) {
        Agent agent = agents.find(tx.handle(), id).orElseThrow();
        tx.record(EntityTypes.AGENT, Long.toString(id), ChangeOp.UPSERT, agent);
        return agent;
    }

    /** The same picture always gets the same tag; another picture another. */
    private static String tagOf(byte[] png) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
