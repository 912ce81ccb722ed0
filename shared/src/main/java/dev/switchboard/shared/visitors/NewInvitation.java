package dev.switchboard.shared.visitors;

/** Body of {@code POST /api/v1/visitors/{id}/invitations}. */
public record NewInvitation(String message, Boolean forced) {
}
