package dev.switchboard.shared.wrapup;

/** Whether a group's agents must write a wrap-up before they are given their next chat. */
public enum WrapUpMode {
    /** The wrap-up panel shows when a chat ends; the agent may leave it. */
    OPTIONAL,
    /** No new chat until the wrap-up is written or its time limit passes (then it is overdue). */
    REQUIRED
}
