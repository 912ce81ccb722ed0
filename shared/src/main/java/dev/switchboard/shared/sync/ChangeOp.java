package dev.switchboard.shared.sync;

/** What happened to an entity. */
public enum ChangeOp {
    UPSERT,
    DELETE
}
