package dev.switchboard.server.visitors;

import dev.switchboard.shared.visitors.VisitorSummary;

/** Told what visitors do, for features that react (invitations). Must not block: hand slow work to another thread. */
public interface VisitorListener {

    /** A visitor opened a page. */
    default void pageViewed(VisitorSummary visitor) {
    }

    /** Staff set a visitor's customer level ({@code level} null: cleared). */
    default void customerLevelChanged(String visitorId, String level) {
    }

    /** The widget reported what the visitor did with an invitation ({@code invitation.shown} and so on). */
    default void invitationEvent(String visitorId, String type, long invitationId) {
    }
}
