package dev.switchboard.bench;

import java.util.function.Consumer;

/**
 * A candidate messaging system for fan-out between backend nodes, behind one small interface: a
 * publisher per writer (its own connection, as each node would have), a subscriber per node (its
 * own connection) that can leave and come back from where it was, if the system can. Used by
 * {@link FanoutBenchmark}; the systems themselves are in {@link NatsBuses}, {@link RedisBuses} and
 * {@link PostgresBus}.
 */
interface FanoutBus extends AutoCloseable {

    /** One connection that publishes; not shared between threads. */
    interface Publisher extends AutoCloseable {
        void publish(String payload) throws Exception;

        @Override
        void close() throws Exception;
    }

    /** One connection that receives every message published after it subscribed. */
    interface Subscriber extends AutoCloseable {
        /** Where this subscriber is in the stream, for {@link FanoutBus#subscribe} to resume from; null when the system keeps no stream. */
        String position();

        @Override
        void close() throws Exception;
    }

    String name();

    /** Whether publishing a message also stores one row in PostgreSQL (and whether a subscriber hears it). */
    default boolean delivers() {
        return true;
    }

    Publisher publisher() throws Exception;

    /** Subscribes from now on, or after {@code position} where the system keeps a stream. */
    Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception;

    /** How a subscriber that was away gets what it missed. */
    String resume();

    @Override
    default void close() throws Exception {
    }
}
