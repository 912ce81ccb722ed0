package dev.switchboard.app.net;

/** No answer from the server: refused connection, unknown host, timeout, broken connection. */
public final class ServerUnreachableException extends ApiException {

    public ServerUnreachableException(String server, Throwable cause) {
        super("Cannot reach " + server + ": " + cause.getMessage(), cause);
    }
}
