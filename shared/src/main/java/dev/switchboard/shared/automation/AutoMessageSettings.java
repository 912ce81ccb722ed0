package dev.switchboard.shared.automation;

/**
 * What the backend says and does by itself in a chat, for a site or for a group. A group's settings
 * override its site's field by field: a null field is inherited (from the site; from nothing, off).
 * A time of 0, or an empty text, switches a message off where the site would have it on.
 *
 * @param welcome                     said when a chat starts
 * @param queueReassuranceSeconds     while a chat waits in the queue, {@code queueReassurance} is said every this many seconds
 * @param queueReassurance            see above
 * @param agentReminderSeconds        the chat's agents are reminded (an alert) when the visitor waited this long for an answer
 * @param visitorIdleReminderSeconds  when the agent spoke last and the visitor said nothing for this long, {@code visitorIdleReminder} is said once
 * @param visitorIdleReminder         see above
 * @param idleCloseMinutes            when the agent spoke last and the visitor said nothing for this long, {@code idleClose} is said and the chat ends
 * @param idleClose                   see above
 * @param outsideHours                said once to a visitor waiting while their group is closed (its business hours);
 *                                    the visitor is also offered to leave a message
 */
public record AutoMessageSettings(LocalizedText welcome, Integer queueReassuranceSeconds, LocalizedText queueReassurance,
                                  Integer agentReminderSeconds, Integer visitorIdleReminderSeconds, LocalizedText visitorIdleReminder,
                                  Integer idleCloseMinutes, LocalizedText idleClose, LocalizedText outsideHours) {

    /** Nothing set: everything inherited. */
    public static final AutoMessageSettings NONE = new AutoMessageSettings(null, null, null, null, null, null, null, null, null);

    /** These settings over {@code base}: each field that is set here wins. */
    public AutoMessageSettings over(AutoMessageSettings base) {
        return new AutoMessageSettings(
                welcome != null ? welcome : base.welcome,
                queueReassuranceSeconds != null ? queueReassuranceSeconds : base.queueReassuranceSeconds,
                queueReassurance != null ? queueReassurance : base.queueReassurance,
                agentReminderSeconds != null ? agentReminderSeconds : base.agentReminderSeconds,
                visitorIdleReminderSeconds != null ? visitorIdleReminderSeconds : base.visitorIdleReminderSeconds,
                visitorIdleReminder != null ? visitorIdleReminder : base.visitorIdleReminder,
                idleCloseMinutes != null ? idleCloseMinutes : base.idleCloseMinutes,
                idleClose != null ? idleClose : base.idleClose,
                outsideHours != null ? outsideHours : base.outsideHours);
    }
}
