package dev.switchboard.bench;

import io.nats.client.Connection;
import io.nats.client.Dispatcher;
import io.nats.client.ErrorListener;
import io.nats.client.JetStream;
import io.nats.client.JetStreamManagement;
import io.nats.client.JetStreamSubscription;
import io.nats.client.Nats;
import io.nats.client.Options;
import io.nats.client.PushSubscribeOptions;
import io.nats.client.api.ConsumerConfiguration;
import io.nats.client.api.DeliverPolicy;
import io.nats.client.api.StorageType;
import io.nats.client.api.StreamConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/** The NATS candidates for {@link FanoutBenchmark}: core NATS (at most once) and JetStream (a stored stream). */
final class NatsBuses {

    private NatsBuses() {
    }

    /** A NATS connection that reports problems (slow consumers above all) but not the routine flow-control notices. */
    private static Connection connect(String url) throws Exception {
        return Nats.connect(new Options.Builder().server(url).errorListener(new ErrorListener() {
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

    static final class NatsCore implements FanoutBus {
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
                    nc.flush(Duration.ofSeconds(5));
                    nc.close();
                }
            };
        }

        public Subscriber subscribe(String position, Consumer<String> onMessage) throws Exception {
            Connection nc = connect(url);
            Dispatcher dispatcher = nc.createDispatcher(msg -> onMessage.accept(new String(msg.getData(), StandardCharsets.UTF_8)));
            dispatcher.subscribe(SUBJECT);
            nc.flush(Duration.ofSeconds(5));
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

    static final class JetStreamBus implements FanoutBus {
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
            AtomicLong last = new AtomicLong(position == null ? 0 : Long.parseLong(position));
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
            nc.flush(Duration.ofSeconds(5));
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
}
