package dev.switchboard.app.cache;

import java.nio.file.Path;

/** Another running workstation holds the cache file of this data folder. */
public final class CacheInUseException extends CacheException {

    private final transient Path directory;

    public CacheInUseException(Path directory, Throwable cause) {
        super("The cache in " + directory + " is used by another running workstation", cause);
        this.directory = directory;
    }

    public Path directory() {
        return directory;
    }
}
