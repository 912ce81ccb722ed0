package dev.switchboard.bench;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Nats;
import io.nats.client.PushSubscribeOptions;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/**
 * The candidate messaging systems for fan-out between backend nodes, each behind the same small
 * interface: a publisher per writer (its own connection, as each node would have), a subscriber
 * per node (its own connection) that can leave and come back from where it was, if the system
 * can. Used by {@link FanoutBenchmark}.
 */
final class FanoutBuses {

    private FanoutBuses() {
    }

    /** One connection that publishes; not shared between threads. */
    interface Publisher extends AutoCloseable {
        void publish(String payload) throws Exception;

        @Override
        void close() throws Exception;
    }

    /** One connection that receives every message published after it subscribed. */
    interface Subscriber extends AutoCloseable {
        /** Where this subscriber is in the stream, for {@link Bus#subscribe} to resume from; null when the system keeps no stream. */
        String position();

        @Override
        void close() throws Exception;
    }

    interface Bus extends AutoCloseable {
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

    // ---------------------------------------------------------------- NATS

    /** A NATS connection that reports problems (slow consumers above all) but not the routine flow-control notices. */
    private static Connection connect(String url) throws Exception {
        return Nats.connect(new io.nats.client.Options.Builder().server(url).errorListener(new io.nats.client.ErrorListener() {
            @Override
            public void errorOccurred(Connection conn, String error) {
                System.err.println("nats error: " + error);
            }

            @Override
            public void exceptionOccurred(Connection conn, Exception exp) {
                System.err.println("nats exception: " + exp);
            }

            @Override
            public void slowConsumerDetected(Connection conn, io.nats.client.Consumer consumer) {
                System.err.println("nats slow consumer: messages dropped");
            }
        }).build());
    }

    static final class NatsCore implements Bus {
        private static final String SUBJECT = "sb.fanout";
        private final String url;

        NatsCore(String url) {
            this.url = url;
        }

        public String name() {
            return "nats";
        }

        public String resume() {
            return "none: core NATS is at-most-once";
        }

        public Publisher publisher() throws Exception {
            Connection nc = connect(url);
            return new Publisher() {
                public void publish(String payload) {
                    nc.publish(SUBJECT, payload.getBytes(StandardCharsets.UTF_8));
                }

                public void close() throws Exception {
                    nc.flush(java.time.Duration.ofSeconds(5));
                    nc.close();
                }
            };
        }

        public Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception {
            Connection nc = connect(url);
            Dispatcher dispatcher = nc.createDispatcher(msg -> onMessage.accept(new String(msg.getData(), StandardCharsets.UTF_8)));
            dispatcher.subscribe(SUBJECT);
            nc.flush(java.time.Duration.ofSeconds(5));
            return new Subscriber() {
                public String position() {
                    return null;
                }

                public void close() throws Exception {
                    nc.close();
                }
            };
        }
    }

    static final class JetStreamBus implements Bus {
        private static final String STREAM = "SBFANOUT";
        private static final String SUBJECT = "sbjs.fanout";
        private final String url;

        JetStreamBus(String url) throws Exception {
            this.url = url;
            try (Connection nc = connect(url)) {
                JetStreamManagement jsm = nc.jetStreamManagement();
                if (jsm.getStreamNames().contains(STREAM)) {
                    jsm.deleteStream(STREAM);
                }
                jsm.addStream(StreamConfiguration.builder().name(STREAM).subjects(SUBJECT)
                        .storageType(StorageType.File).maxMessages(2_000_000).build());
            }
        }

        public String name() {
            return "jetstream";
        }

        public String resume() {
            return "ordered consumer from the last stream sequence + 1";
        }

        public Publisher publisher() throws Exception {
            Connection nc = connect(url);
            JetStream js = nc.jetStream();
            return new Publisher() {
                public void publish(String payload) throws Exception {
                    // waits for the server's ack: the message is stored in the stream
                    js.publish(SUBJECT, payload.getBytes(StandardCharsets.UTF_8));
                }

                public void close() throws Exception {
                    nc.close();
                }
            };
        }

        public Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception {
            Connection nc = connect(url);
            JetStream js = nc.jetStream();
            Dispatcher dispatcher = nc.createDispatcher();
            java.util.concurrent.atomic.AtomicLong last = new java.util.concurrent.atomic.AtomicLong(position == null ? 0 : Long.parseLong(position));
            ConsumerConfiguration.Builder config = ConsumerConfiguration.builder();
            if (position == null) {
                config.deliverPolicy(DeliverPolicy.New);
            } else {
                config.deliverPolicy(DeliverPolicy.ByStartSequence).startSequence(last.get() + 1);
            }
            JetStreamSubscription subscription = js.subscribe(SUBJECT, dispatcher, msg -> {
                last.set(msg.metaData().streamSequence());
                onMessage.accept(new String(msg.getData(), StandardCharsets.UTF_8));
            }, false, PushSubscribeOptions.builder().ordered(true).configuration(config.build()).build());
            nc.flush(java.time.Duration.ofSeconds(5));
            return new Subscriber() {
                public String position() {
                    return Long.toString(last.get());
                }

                public void close() throws Exception {
                    dispatcher.unsubscribe(subscription);
                    nc.close();
                }
            };
        }
    }

    // ---------------------------------------------------------------- Redis

    private static Jedis jedis(String url) {
        java.net.URI uri = java.net.URI.create(url);
        return new Jedis(uri.getHost(), uri.getPort());
    }

    static final class RedisPubSub implements Bus {
        private static final String CHANNEL = "sb.fanout";
        private final String url;

        RedisPubSub(String url) {
            this.url = url;
        }

        public String name() {
            return "redis-pubsub";
        }

        public String resume() {
            return "none: pub/sub keeps nothing for a subscriber that is away";
        }

        public Publisher publisher() {
            Jedis jedis = jedis(url);
            return new Publisher() {
                public void publish(String payload) {
                    jedis.publish(CHANNEL, payload);
                }

                public void close() {
                    jedis.close();
                }
            };
        }

        public Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception {
            Jedis jedis = jedis(url);
            CountDownLatch subscribed = new CountDownLatch(1);
            JedisPubSub pubSub = new JedisPubSub() {
                @Override
                public void onMessage(String channel, String message) {
                    onMessage.accept(message);
                }

                @Override
                public void onSubscribe(String channel, int count) {
                    subscribed.countDown();
                }
            };
            Thread thread = new Thread(() -> {
                try {
                    jedis.subscribe(pubSub, CHANNEL);
                } catch (RuntimeException e) {
                    // closed under it
                }
            }, "redis-subscriber");
            thread.setDaemon(true);
            thread.start();
            if (!subscribed.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("redis subscribe timed out");
            }
            return new Subscriber() {
                public String position() {
                    return null;
                }

                public void close() throws Exception {
                    pubSub.unsubscribe();
                    thread.join(2000);
                    jedis.close();
                }
            };
        }
    }

    static final class RedisStream implements Bus {
        private static final String KEY = "sb.fanout.stream";
        private final String url;

        RedisStream(String url) {
            this.url = url;
            try (Jedis jedis = jedis(url)) {
                jedis.del(KEY);
            }
        }

        public String name() {
            return "redis-stream";
        }

        public String resume() {
            return "XREAD from the last entry id it saw";
        }

        public Publisher publisher() {
            Jedis jedis = jedis(url);
            XAddParams params = XAddParams.xAddParams().maxLen(1_000_000).approximateTrimming();
            return new Publisher() {
                public void publish(String payload) {
                    jedis.xadd(KEY, params, Map.of("m", payload));
                }

                public void close() {
                    jedis.close();
                }
            };
        }

        public Subscriber subscribe(String position, Consumer<String> onMessage) {
            Jedis jedis = jedis(url);
            java.util.concurrent.atomic.AtomicReference<StreamEntryID> last = new java.util.concurrent.atomic.AtomicReference<>();
            if (position != null) {
                last.set(new StreamEntryID(position));
            } else {
                List<StreamEntry> newest = jedis.xrevrange(KEY, "+", "-", 1);
                last.set(newest.isEmpty() ? new StreamEntryID(0, 0) : newest.get(0).getID());
            }
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            XReadParams params = XReadParams.xReadParams().block(200).count(1000);
            Thread thread = new Thread(() -> {
                while (running.get()) {
                    List<Map.Entry<String, List<StreamEntry>>> read = jedis.xread(params, Map.of(KEY, last.get()));
                    if (read == null) {
                        continue;
                    }
                    for (Map.Entry<String, List<StreamEntry>> stream : read) {
                        for (StreamEntry entry : stream.getValue()) {
                            last.set(entry.getID());
                            onMessage.accept(entry.getFields().get("m"));
                        }
                    }
                }
            }, "redis-stream-reader");
            thread.setDaemon(true);
            thread.start();
            return new Subscriber() {
                public String position() {
                    return last.get().toString();
                }

                public void close() throws Exception {
                    running.set(false);
                    thread.join(2000);
                    jedis.close();
                }
            };
        }
    }

    // ---------------------------------------------------------------- PostgreSQL

    /** What a PostgreSQL publisher does per message. */
    enum PgMode {
        /** {@code SELECT pg_notify(...)} on its own (autocommit): NOTIFY gives the transaction an id, so it commits too. */
        NOTIFY("pg-notify", "SELECT pg_notify('sb_fanout', ?)", false),
        /** The baseline: insert a row and commit, no notification (what the backend pays for a message anyway). */
        INSERT("pg-insert (no notify)", "INSERT INTO fanout_message (body) VALUES (?)", false),
        /** Insert a row and notify in the same transaction, then commit: fan-out that is exactly as durable as the row. */
        INSERT_NOTIFY("pg-insert+notify in tx", "INSERT INTO fanout_message (body) VALUES (?)", true);

        final String label;
        final String sql;
        final boolean notifyToo;

        PgMode(String label, String sql, boolean notifyToo) {
            this.label = label;
            this.sql = sql;
            this.notifyToo = notifyToo;
        }
    }

    /** The driver straight, not through DriverManager: the shaded jar does not merge the drivers' service files. */
    private static java.sql.Connection pg(String url) throws java.sql.SQLException {
        return new org.postgresql.Driver().connect(url, new java.util.Properties());
    }

    static final class PgNotify implements Bus {
        private final String url;
        private final PgMode mode;

        PgNotify(String url, PgMode mode) throws Exception {
            this.url = url;
            this.mode = mode;
            try (java.sql.Connection c = pg(url); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS fanout_message (id BIGSERIAL PRIMARY KEY, body TEXT NOT NULL)");
                s.execute("TRUNCATE fanout_message");
            }
        }

        public String name() {
            return mode.label;
        }

        public boolean delivers() {
            return mode != PgMode.INSERT;
        }

        public String resume() {
            return "none by NOTIFY; the rows themselves can be read again by id";
        }

        public Publisher publisher() throws Exception {
            java.sql.Connection c = pg(url);
            c.setAutoCommit(mode == PgMode.NOTIFY);
            PreparedStatement statement = c.prepareStatement(mode.sql);
            PreparedStatement notify = c.prepareStatement("SELECT pg_notify('sb_fanout', ?)");
            return new Publisher() {
                public void publish(String payload) throws Exception {
                    statement.setString(1, payload);
                    statement.execute();
                    if (mode.notifyToo) {
                        notify.setString(1, payload);
                        notify.execute();
                    }
                    if (mode != PgMode.NOTIFY) {
                        c.commit();
                    }
                }

                public void close() throws Exception {
                    c.close();
                }
            };
        }

        public Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception {
            java.sql.Connection c = pg(url);
            try (Statement s = c.createStatement()) {
                s.execute("LISTEN sb_fanout");
            }
            PGConnection pg = c.unwrap(PGConnection.class);
            java.util.concurrent.atomic.AtomicBoolean running = new java.util.concurrent.atomic.AtomicBoolean(true);
            Thread thread = new Thread(() -> {
                try {
                    while (running.get()) {
                        PGNotification[] notifications = pg.getNotifications(200);
                        if (notifications != null) {
                            for (PGNotification n : notifications) {
                                onMessage.accept(n.getParameter());
                            }
                        }
                    }
                } catch (java.sql.SQLException e) {
                    if (running.get()) {
                        throw new IllegalStateException(e);
                    }
                }
            }, "pg-listener");
            thread.setDaemon(true);
            thread.start();
            return new Subscriber() {
                public String position() {
                    return null;
                }

                public void close() throws Exception {
                    running.set(false);
                    thread.join(2000);
                    c.close();
                }
            };
        }
    }
}
