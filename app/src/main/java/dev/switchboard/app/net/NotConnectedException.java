package dev.switchboard.app.net;

/** A message needs the live connection, and there is none right now. */
public final class NotConnectedException extends RuntimeException {

    public NotConnectedException(String message) {
        super(message);
    }
}
