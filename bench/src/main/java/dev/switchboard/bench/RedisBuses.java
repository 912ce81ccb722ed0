package dev.switchboard.bench;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.StreamEntryID;
import redis.clients.jedis.params.XAddParams;
import redis.clients.jedis.params.XReadParams;
import redis.clients.jedis.resps.StreamEntry;

/** The Redis candidates for {@link FanoutBenchmark}: pub/sub (keeps nothing) and Streams (a stored log). */
final class RedisBuses {

    private RedisBuses() {
    }

    private static Jedis jedis(String url) {
        URI uri = URI.create(url);
        return new Jedis(uri.getHost(), uri.getPort());
    }

    static final class RedisPubSub implements FanoutBus {
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

    static final class RedisStream implements FanoutBus {
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
            AtomicReference<StreamEntryID> last = new AtomicReference<>();
            if (position != null) {
                last.set(new StreamEntryID(position));
            } else {
                List<StreamEntry> newest = jedis.xrevrange(KEY, "+", "-", 1);
                last.set(newest.isEmpty() ? new StreamEntryID(0, 0) : newest.get(0).getID());
            }
            AtomicBoolean running = new AtomicBoolean(true);
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
}
