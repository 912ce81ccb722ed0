package dev.switchboard.shared.sla;

/** What an SLA policy's update target measures, once the first response was given. */
public enum SlaUpdateMode {
    /** From each public agent reply (or a reopening) to the next one, whether the customer wrote or not. */
    BETWEEN_AGENT_UPDATES,
    /** From the customer's first message that no agent answered yet to the agent's next public reply. */
    AFTER_CUSTOMER_MESSAGE
}
