package dev.switchboard.shared.groups;

/** An agent in a group and their skill there (1 to 10), which the SKILL strategy routes by. */
public record GroupMember(long agentId, Integer skill) {
}
