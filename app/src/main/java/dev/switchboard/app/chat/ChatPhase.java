package dev.switchboard.app.chat;

/** Where a chat stands for this agent: open to write in, over, or handed to someone else. */
public enum ChatPhase {
    /** The agent takes part and may write. */
    OPEN,
    /** The chat has ended (by the visitor or an agent); its tab stays until the agent closes it. */
    ENDED,
    /** The agent is no longer in the chat (transferred away, or the server says so). */
    LEFT,
    /** A supervisor follows the chat read-only; notes are whispers to its agents. */
    WATCHING
}
