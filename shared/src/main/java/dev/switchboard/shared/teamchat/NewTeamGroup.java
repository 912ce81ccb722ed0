package dev.switchboard.shared.teamchat;

import java.util.List;

/**
 * Body of {@code POST /api/v1/team/groups}: an ad-hoc group of colleagues, with its creator as its
 * first member and owner.
 *
 * @param title     1 to {@link #MAX_TITLE} characters
 * @param memberIds the colleagues to add: enabled agents, at least one besides the creator
 */
public record NewTeamGroup(String title, List<Long> memberIds) {

    public static final int MAX_TITLE = 60;
    public static final int MAX_MEMBERS = 200;
}
