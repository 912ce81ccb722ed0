package dev.switchboard.shared.teamchat;

/** Body of {@code PUT /api/v1/team/conversations/{id}/title}: an ad-hoc group's new name, 1 to {@link NewTeamGroup#MAX_TITLE} characters. */
public record TeamGroupTitle(String title) {
}
