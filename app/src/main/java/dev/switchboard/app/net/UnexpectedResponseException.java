package dev.switchboard.app.net;

/** The address answered, but not like a Switchboard server (wrong service, proxy page, garbage). */
public final class UnexpectedResponseException extends ApiException {

    public UnexpectedResponseException(String message, Throwable cause) {
        super(message, cause);
    }
}
