package dev.switchboard.app.accounts;

import dev.switchboard.shared.auth.PasswordGenerator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A password an administrator gives an account: generated (the default; shown to them once, after
 * the backend took it) or typed. FX thread.
 */
public final class PasswordChoice {

    private final BooleanProperty generated = new SimpleBooleanProperty(true);
    private final StringProperty typed = new SimpleStringProperty("");

    public BooleanProperty generatedProperty() {
        return generated;
    }

    public StringProperty typedProperty() {
        return typed;
    }

    /** The password to send: a new one each time when generated, else what was typed. */
    String toSend() {
        return generated.get() ? PasswordGenerator.generate() : typed.get();
    }

    void clear() {
        generated.set(true);
        typed.set("");
    }
}
