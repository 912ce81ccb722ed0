package dev.switchboard.shared.agents;

/** Body of {@code PUT /api/v1/groups/{groupId}/members/{agentId}/skill}: the agent's skill in that group. */
public record SkillChange(Integer skill) {

    public static final int MIN = 1;
    public static final int MAX = 10;
    /** What a new member of a group starts with. */
    public static final int DEFAULT = 5;
}
