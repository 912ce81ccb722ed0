package dev.switchboard.server.infra;

import java.time.Duration;

/**
 * What one client address may hold or do at once, against floods from one machine. Many real
 * visitors can share an address (an office, a school, a mobile carrier's NAT), so the defaults
 * leave room for a few dozen people with several tabs each. 0 turns a limit off.
 *
 * @param visitorSockets widget sockets (one per open page) open at once
 * @param chatStarts     new chats started within {@link #CHAT_START_PERIOD} (a token bucket: this
 *                       many at once, then refilled evenly over the period)
 * @param waitingChats   chats waiting in the queue at once
 */
public record AddressLimits(int visitorSockets, int chatStarts, int waitingChats) {

    public static final Duration CHAT_START_PERIOD = Duration.ofMinutes(10);
    public static final AddressLimits DEFAULT = new AddressLimits(100, 30, 20);
    public static final AddressLimits OFF = new AddressLimits(0, 0, 0);

    public AddressLimits {
        if (visitorSockets < 0 || chatStarts < 0 || waitingChats < 0) {
            throw new IllegalArgumentException("limits per address are 0 (off) or more");
        }
    }

    public AddressLimits withVisitorSockets(int count) {
        return new AddressLimits(count, chatStarts, waitingChats);
    }

    public AddressLimits withChatStarts(int count) {
        return new AddressLimits(visitorSockets, count, waitingChats);
    }

    public AddressLimits withWaitingChats(int count) {
        return new AddressLimits(visitorSockets, chatStarts, count);
    }
}
