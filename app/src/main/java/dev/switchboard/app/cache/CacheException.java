package dev.switchboard.app.cache;

/** The local cache could not be read or written. */
public class CacheException extends RuntimeException {

    public CacheException(String message, Throwable cause) {
        super(message, cause);
    }
}
