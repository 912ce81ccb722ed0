package dev.switchboard.app.session;

import dev.switchboard.app.net.ServerUrl;
import dev.switchboard.shared.agents.Agent;

/** A signed-in account: where, who, and the bearer token of the session. */
public record Session(ServerUrl server, String login, String token, Agent agent) {

    /** Keeps the token out of logs. */
    @Override
    public String toString() {
        return "Session[server=" + server + ", login=" + login + ", token=***]";
    }
}
