package dev.switchboard.shared.teamchat;

/** What changed in an ad-hoc group. */
public enum TeamEventType {
    /** The sender made the group with its first members. */
    CREATED,
    /** The sender added colleagues. */
    ADDED,
    /** The sender removed colleagues. */
    REMOVED,
    /** The sender left. */
    LEFT,
    /** The sender gave the group a new name. */
    RENAMED
}
