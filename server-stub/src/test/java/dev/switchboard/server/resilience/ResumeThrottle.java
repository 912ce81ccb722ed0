package dev.switchboard.server.resilience;

/**
 * Asks to resume once per hole: again only when the receiver moved on or a second passed,
 * so a burst of out-of-order messages does not turn into a burst of resume requests.
 */
final class ResumeThrottle {

    private long lastAfter = -1;
    private long lastAskedNanos;

    synchronized boolean shouldAsk(long after) {
        long now = System.nanoTime();
        if (after != lastAfter || now - lastAskedNanos > 1_000_000_000L) {
            lastAfter = after;
            lastAskedNanos = now;
            return true;
        }
        return false;
    }

    synchronized void reset() {
        lastAfter = -1;
    }
}
