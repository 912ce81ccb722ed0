package dev.switchboard.app.accounts;

import dev.switchboard.app.net.ApiClient;
import dev.switchboard.app.net.ApiPath;
import dev.switchboard.app.session.Session;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.AgentPatch;
import dev.switchboard.shared.agents.NewAgent;
import dev.switchboard.shared.agents.PasswordReset;
import dev.switchboard.shared.agents.ProfileChange;
import dev.switchboard.shared.agents.SkillChange;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The backend's account endpoints with the session's token, on the I/O executor. What is written
 * comes back to every workstation through the change log as well.
 */
final class AccountsApi {

    private final ApiClient api;
    private final Session session;
    private final Executor io;

    AccountsApi(ApiClient api, Session session, Executor io) {
        this.api = api;
        this.session = session;
        this.io = io;
    }

    CompletableFuture<Agent> get(long id) {
        return call("GET", null, Agent.class, "agents", Long.toString(id));
    }

    CompletableFuture<Agent> create(NewAgent agent) {
        return call("POST", agent, Agent.class, "agents");
    }

    CompletableFuture<Agent> change(long id, AgentPatch patch) {
        return call("PATCH", patch, Agent.class, "agents", Long.toString(id));
    }

    CompletableFuture<Void> resetPassword(long id, PasswordReset reset) {
        return call("POST", reset, Void.class, "agents", Long.toString(id), "password");
    }

    /** A supervisor's way to set a member's skill in one of their groups. */
    CompletableFuture<Agent> setSkill(long groupId, long agentId, int skill) {
        return call("PUT", new SkillChange(skill), Agent.class, "groups", Long.toString(groupId), "members", Long.toString(agentId), "skill");
    }

    /** A supervisor's save: each changed skill (by group id) one after another, then the account as it is now. */
    CompletableFuture<Agent> setSkills(long agentId, Map<Long, Integer> skills) {
        CompletableFuture<?> chain = CompletableFuture.completedFuture(null);
        for (Map.Entry<Long, Integer> skill : skills.entrySet()) {
            chain = chain.thenCompose(ignored -> setSkill(skill.getKey(), agentId, skill.getValue()));
        }
        return chain.thenCompose(ignored -> get(agentId));
    }

    CompletableFuture<Agent> changeProfile(ProfileChange change) {
        return call("PATCH", change, Agent.class, "me", "profile");
    }

    CompletableFuture<Agent> putAvatar(byte[] png) {
        return call("PUT", png, Agent.class, "me", "avatar");
    }

    CompletableFuture<Agent> removeAvatar() {
        return call("DELETE", null, Agent.class, "me", "avatar");
    }

    /** An agent's picture, a PNG. */
    CompletableFuture<byte[]> avatar(long agentId) {
        return call("GET", null, byte[].class, "agents", Long.toString(agentId), "avatar");
    }

    private <T> CompletableFuture<T> call(String method, Object body, Class<T> answer, String... path) {
        return CompletableFuture.supplyAsync(() -> api.send(session.server(), session.token(), method, ApiPath.of((Object[]) path), body, answer), io);
    }
}
