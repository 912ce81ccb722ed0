package dev.switchboard.shared.sync;

/** Names of the synced entity types, as they appear in {@link Change#entity()}. */
public final class EntityTypes {

    public static final String AGENT = "agent";
    public static final String GROUP = "group";

    private EntityTypes() {
    }
}
