package dev.switchboard.app.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.Property;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Remembers every binding and listener that a view or view model adds while it is active, and
 * removes them all in {@link #dispose()}. A subscription that outlives a closed page keeps the page
 * alive and updating; this makes "undo everything" one call.
 */
public final class Disposer {

    private final List<Runnable> undo = new ArrayList<>();

    public <T> void bind(Property<T> target, ObservableValue<? extends T> source) {
        target.bind(source);
        undo.add(target::unbind);
    }

    /** Keeps {@code control} and {@code model} equal both ways (the control takes the model's value first). */
    public <T> void bindBidirectional(Property<T> control, Property<T> model) {
        control.bindBidirectional(model);
        undo.add(() -> control.unbindBidirectional(model));
    }

    public <T> void listen(ObservableValue<T> source, ChangeListener<? super T> listener) {
        source.addListener(listener);
        undo.add(() -> source.removeListener(listener));
    }

    /** Calls {@code onValue} now and on every change. */
    public <T> void observe(ObservableValue<T> source, Consumer<? super T> onValue) {
        listen(source, (observable, before, now) -> onValue.accept(now));
        onValue.accept(source.getValue());
    }

    public void invalidated(Observable source, InvalidationListener listener) {
        source.addListener(listener);
        undo.add(() -> source.removeListener(listener));
    }

    public <T> void listenList(ObservableList<T> source, ListChangeListener<? super T> listener) {
        source.addListener(listener);
        undo.add(() -> source.removeListener(listener));
    }

    /** Any other clean-up step, run on dispose. */
    public void onDispose(Runnable step) {
        undo.add(step);
    }

    public void dispose() {
        for (int i = undo.size() - 1; i >= 0; i--) {
            undo.get(i).run();
        }
        undo.clear();
    }
}
