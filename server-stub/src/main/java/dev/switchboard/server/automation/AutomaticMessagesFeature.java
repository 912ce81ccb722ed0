package dev.switchboard.server.automation;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.hours.BusinessHoursService;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sites.SiteService;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.automation.AutoMessageSettings;
import dev.switchboard.shared.automation.LocalizedText;
import java.time.Duration;

/**
 * Automatic messages in chats, per site and group: {@code /api/v1/sites/{site}/auto-messages},
 * {@code /api/v1/groups/{id}/auto-messages}, and the sweep that says them (ADR 0015). Publishes
 * {@link ChatAutomation} for tests that sweep after moving the clock, and
 * {@link AutoMessageSettingsService} for a group's whole setup.
 */
public final class AutomaticMessagesFeature implements BackendFeature {

    /** How often the open chats are swept: the welcome comes within this long, timings are this exact. */
    static final Duration SWEEP = Duration.ofSeconds(1);
    /** Ended chats' rows are forgotten this often (housekeeping: it keeps the table to the open chats and the last day's). */
    static final Duration PURGE = Duration.ofHours(1);
    static final Duration PURGE_DELAY = Duration.ofMinutes(5);

    static final AutoMessageSettings DEMO_SITE = new AutoMessageSettings(
            new LocalizedText("您好，欢迎光临 Aurora 商城！请问有什么可以帮您？", "Hello, welcome to the Aurora shop! How can we help you?"),
            60, new LocalizedText("感谢您的耐心等待，客服马上就来。", "Thank you for waiting: an agent will be with you shortly."),
            60,
            180, new LocalizedText("请问您还在吗？如果没有其他问题，本次会话将在几分钟后自动结束。",
                    "Are you still there? If there is nothing else, this chat will close in a few minutes."),
            10, new LocalizedText("由于长时间没有收到您的回复，本次会话已自动结束。如需帮助，欢迎随时再来咨询。",
                    "As we have not heard from you for a while, this chat has closed. Write again any time you need us."),
            new LocalizedText("您好，现在是非工作时间（每天 9:00–21:00，北京时间）。请留言，我们上班后会尽快回复您。",
                    "Hello, we are closed now (open daily 9:00–21:00 China time). Please leave a message and we will answer as soon as we are back."));
    static final AutoMessageSettings DEMO_VIP = new AutoMessageSettings(
            new LocalizedText("尊敬的 VIP 客户您好，专属客服马上为您服务。", "Welcome back, valued VIP customer: your personal agent will be with you at once."),
            null, null, 30, null, null, null, null, null);

    private final boolean demo;

    /** @param demo seed the demo site's and the VIP group's automatic messages */
    public AutomaticMessagesFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        AutoMessageSettingsService settings = new AutoMessageSettingsService(context.jdbi(), context.clock(), context.require(AuditLog.class),
                context.require(ChangeLog.class));
        if (demo) {
            settings.seed(AutoMessageSettingsService.Scope.site(SiteService.DEFAULT_SITE), DEMO_SITE);
            context.jdbi().withHandle(handle -> handle.createQuery("SELECT id FROM agent_group WHERE name = 'VIP'").mapTo(Long.class).findOne())
                    .ifPresent(vip -> settings.seed(AutoMessageSettingsService.Scope.group(vip), DEMO_VIP));
        }
        ChatAutomation automation = new ChatAutomation(context.jdbi(), context.clock(), context.require(Chat.class),
                context.require(AgentSocket.class), context.require(BusinessHoursService.class), settings);
        context.routes(new AutoMessageRoutes(settings, context.require(Callers.class)));
        context.every(SWEEP, SWEEP, "sweeping chats for automatic messages", automation::sweep);
        context.every(PURGE_DELAY, PURGE, "forgetting the automatic messages' state of chats that ended long ago",
                automation::forgetEndedChats);
        context.publish(ChatAutomation.class, automation);
        context.publish(AutoMessageSettingsService.class, settings);
    }
}
