package dev.switchboard.app.feature;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What features hand each other in one lifetime, by type: the workstation's, or one session's,
 * which sees the workstation's too. A lookup of what nobody provided fails at once, naming it.
 */
final class Scope {

    private final Scope parent;
    private final Map<Class<?>, Object> provided = new ConcurrentHashMap<>();

    Scope(Scope parent) {
        this.parent = parent;
    }

    <T> void provide(Class<T> type, T service) {
        if (provided.putIfAbsent(type, service) != null) {
            throw new IllegalStateException(type.getName() + " is provided already");
        }
    }

    <T> T require(Class<T> type) {
        Object found = provided.get(type);
        if (found != null) {
            return type.cast(found);
        }
        if (parent != null) {
            return parent.require(type);
        }
        throw new IllegalStateException("Nothing provides " + type.getName()
                + ": is the feature that does listed before the one that needs it?");
    }
}
