package dev.switchboard.app.platform;

import javafx.scene.Parent;

/**
 * Base of every view: builds its controls once, and binds them to the view model only while
 * active. {@link #deactivate()} removes every binding and listener added in {@link #onActivate},
 * so a hidden or closed view neither leaks nor keeps updating.
 */
public abstract class View<R extends Parent> {

    private final Disposer disposer = new Disposer();
    private boolean active;

    public abstract R root();

    public final void activate() {
        if (!active) {
            active = true;
            onActivate(disposer);
        }
    }

    public final void deactivate() {
        if (active) {
            active = false;
            disposer.dispose();
            onDeactivate();
        }
    }

    /** Binds controls to the view model; register everything with {@code disposer}. */
    protected abstract void onActivate(Disposer disposer);

    /** Extra clean-up after the bindings are gone (e.g. deactivating child views). */
    protected void onDeactivate() {
    }
}
