package dev.switchboard.app.alerts;

/**
 * Something that raises and resolves alerts on the {@link AlertBoard} for one signed-in session,
 * contributed by a feature (its chats, its queues). Started before the session connects, so that
 * nothing arrives unannounced; stopped when the session ends, after which it raises nothing. FX thread.
 */
public interface AlertSource {

    void start();

    void stop();

    /** A source made of its two steps. */
    static AlertSource of(Runnable start, Runnable stop) {
        return new AlertSource() {
            @Override
            public void start() {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }
        };
    }
}
