package dev.switchboard.server.auth;

import java.util.Set;

/** Told when sessions end by logout, revocation or expiry, so that their open sockets close. */
@FunctionalInterface
public interface SessionEndListener {

    void sessionsEnded(Set<Long> sessionIds, String reason);
}
