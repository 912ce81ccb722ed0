package dev.switchboard.app.net;

/** What the connection indicator shows. */
public enum ConnectionState {
    /** First attempt after start or sign-in. */
    CONNECTING,
    /** Welcomed by the server; changes flow live. */
    CONNECTED,
    /** Lost or never reached the server; trying again with backoff. */
    RECONNECTING,
    /** Not trying: signed out, session ended, or closed. */
    OFFLINE
}
