package dev.switchboard.app;

import dev.switchboard.app.accounts.AccountsFeature;
import dev.switchboard.app.admin.AdministrationFeature;
import dev.switchboard.app.audit.AuditFeature;
import dev.switchboard.app.awayreasons.AwayReasonsFeature;
import dev.switchboard.app.blocks.BlocksFeature;
import dev.switchboard.app.canned.CannedRepliesFeature;
import dev.switchboard.app.cannedadmin.CannedLibraryFeature;
import dev.switchboard.app.chat.ChatFeature;
import dev.switchboard.app.feature.Feature;
import dev.switchboard.app.groups.GroupsFeature;
import dev.switchboard.app.history.HistoryFeature;
import dev.switchboard.app.home.HomeFeature;
import dev.switchboard.app.imports.ImportsFeature;
import dev.switchboard.app.internalchat.TeamChatFeature;
import dev.switchboard.app.invitationrules.InvitationRulesFeature;
import dev.switchboard.app.levels.LevelsFeature;
import dev.switchboard.app.mailboxes.MailboxesFeature;
import dev.switchboard.app.push.PushFeature;
import dev.switchboard.app.presence.PresenceFeature;
import dev.switchboard.app.queue.QueueFeature;
import dev.switchboard.app.reminders.RemindersFeature;
import dev.switchboard.app.routingrules.RoutingRulesFeature;
import dev.switchboard.app.sensitivewords.SensitiveWordsFeature;
import dev.switchboard.app.settings.SettingsFeature;
import dev.switchboard.app.sites.SitesFeature;
import dev.switchboard.app.supervisor.SupervisorFeature;
import dev.switchboard.app.tickets.TicketsFeature;
import dev.switchboard.app.visitors.VisitorsFeature;
import dev.switchboard.app.webforms.WebFormsFeature;
import dev.switchboard.app.wrapup.WrapUpFeature;
import dev.switchboard.app.wrapupadmin.WrapUpCategoriesFeature;
import java.util.List;

/**
 * The workstation's features: a new one is a package of its own and a line here. The order is
 * the navigation's, and a feature that needs what another offers comes after it (the queue panel,
 * supervision and the team chat need the chats; supervision needs the queues; every administration
 * section comes after the administration page, which collects them).
 */
public final class Features {

    public static final List<Feature> ALL = List.of(
            new VisitorsFeature(),
            new ChatFeature(),
            new RemindersFeature(),
            new TeamChatFeature(),
            new HomeFeature(),
            new QueueFeature(),
            new PresenceFeature(),
            new SupervisorFeature(),
            new HistoryFeature(),
            new WrapUpFeature(),
            new CannedRepliesFeature(),
            new PushFeature(),
            new TicketsFeature(),
            new AdministrationFeature(),
            // administration sections: each after AdministrationFeature, which collects them
            new AccountsFeature(),
            new GroupsFeature(),
            new RoutingRulesFeature(),
            new InvitationRulesFeature(),
            new BlocksFeature(),
            new SitesFeature(),
            new LevelsFeature(),
            new AwayReasonsFeature(),
            new WrapUpCategoriesFeature(),
            new CannedLibraryFeature(),
            new SensitiveWordsFeature(),
            new MailboxesFeature(),
            new WebFormsFeature(),
            // the tools over all of the above last: bringing data in and out, and who changed what
            new ImportsFeature(),
            new AuditFeature(),
            new SettingsFeature());

    private Features() {
    }
}
