package dev.switchboard.server.visitors;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts the widget sockets open per client address, so that one machine cannot hold thousands
 * (each a new visitor identity). An address is tracked only while it has a socket open, so the
 * map is bounded by the open sockets.
 */
final class SocketsPerAddress {

    private final int limit;
    private final Map<String, Integer> open = new ConcurrentHashMap<>();

    /** @param limit sockets per address; 0 counts nothing and refuses nothing */
    SocketsPerAddress(int limit) {
        this.limit = limit;
    }

    int limit() {
        return limit;
    }

    /** Counts a new socket of the address; false (and nothing counted) when it has the limit open already. */
    boolean tryOpen(String address) {
        if (limit == 0) {
            return true;
        }
        boolean[] counted = {false};
        open.compute(address, (key, count) -> {
            int now = count == null ? 0 : count;
            if (now >= limit) {
                return count;
            }
            counted[0] = true;
            return now + 1;
        });
        return counted[0];
    }

    /** A socket counted by {@link #tryOpen} closed. */
    void closed(String address) {
        if (limit > 0) {
            open.computeIfPresent(address, (key, count) -> count <= 1 ? null : count - 1);
        }
    }
}
