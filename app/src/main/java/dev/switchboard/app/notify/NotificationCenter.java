package dev.switchboard.app.notify;

import dev.switchboard.app.platform.Scheduler;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.function.BooleanSupplier;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notices currently shown in the window, newest last. Each disappears by itself after a
 * while or when dismissed; audible ones play the notification sound unless the agent muted it.
 * FX thread, except that expiry is timed on the scheduler and handed back to the FX thread.
 */
public final class NotificationCenter {

    private static final Duration SHOWN_FOR = Duration.ofSeconds(6);
    private static final int MAX_SHOWN = 4;

    private final ObservableList<Notice> shown = FXCollections.observableArrayList();
    private final Scheduler scheduler;
    private final Executor fx;
    private final BooleanSupplier soundOn;
    private final Runnable sound;

    public NotificationCenter(Scheduler scheduler, Executor fx, BooleanSupplier soundOn, Runnable sound) {
        this.scheduler = scheduler;
        this.fx = fx;
        this.soundOn = soundOn;
        this.sound = sound;
    }

    public void post(Notice notice) {
        shown.add(notice);
        if (shown.size() > MAX_SHOWN) {
            shown.remove(0);
        }
        if (notice.audible() && soundOn.getAsBoolean()) {
            sound.run();
        }
        scheduler.schedule(SHOWN_FOR, () -> fx.execute(() -> shown.remove(notice)));
    }

    public void dismiss(Notice notice) {
        shown.remove(notice);
    }

    public ObservableList<Notice> shown() {
        return FXCollections.unmodifiableObservableList(shown);
    }
}
