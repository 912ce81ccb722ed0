package dev.switchboard.shared.teamchat;

import java.util.List;

/** Body of {@code POST /api/v1/team/conversations/{id}/members}: colleagues to add to an ad-hoc group (those in it already are skipped). */
public record TeamGroupMembers(List<Long> agentIds) {
}
