package dev.switchboard.app.net;

/**
 * A REST call failed in a way the UI can explain. Subclasses say how: the server answered with
 * a problem document, could not be reached, speaks another protocol, or answered nonsense.
 */
public abstract sealed class ApiException extends RuntimeException
        permits ProblemException, ServerUnreachableException, IncompatibleServerException, UnexpectedResponseException {

    protected ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
