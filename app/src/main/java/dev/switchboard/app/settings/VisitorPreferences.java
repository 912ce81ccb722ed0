package dev.switchboard.app.settings;

/**
 * The agent's choices about visitors: which arrivals raise a notice, what marks a VIP (text in
 * the landing URL or the UTM campaign, e.g. {@code vip}; blank for none), and the invitation text
 * to start from (blank: the default text in the UI language).
 */
public record VisitorPreferences(boolean notifyReturning, boolean notifyVip, String vipMarker, String invitationMessage) {

    public static final VisitorPreferences DEFAULTS = new VisitorPreferences(true, true, "vip", "");

    public VisitorPreferences {
        // Kept as typed (not stripped): the settings field shows this value back while the agent types.
        vipMarker = vipMarker == null ? "" : vipMarker;
        invitationMessage = invitationMessage == null ? "" : invitationMessage;
    }
}
