package dev.switchboard.server.wrapup;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.chat.Chat;
import dev.switchboard.server.distribution.AgentHolds;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.sync.ChangeLog;
import java.time.Duration;

/**
 * Wrap-up (会话小结): the category tree, each group's rule, and the wrap-up a chat's agent owes
 * once it ends, created with the end and holding the agent from new chats while a required one is
 * missing (docs/decisions/0014-history-search.md). Publishes {@link WrapUps} and
 * {@link WrapUpCategories} for the history, {@link WrapUpSettings} for a group's whole setup.
 */
public final class WrapUpFeature implements BackendFeature {

    private final boolean demo;

    /** @param demo seed the demo category tree */
    public WrapUpFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        AuditLog audit = context.require(AuditLog.class);
        Chat chat = context.require(Chat.class);
        WrapUpCategories categories = new WrapUpCategories(context.jdbi(), context.clock(), context.require(ChangeLog.class), audit);
        WrapUpSettings settings = new WrapUpSettings(context.jdbi(), audit, context.require(ChangeLog.class));
        // a released agent takes a waiting chat at once, not at the next second's drain
        WrapUps wrapUps = new WrapUps(context.jdbi(), context.clock(), () -> context.timers().execute(chat::drainQueue));
        chat.onEnded(wrapUps::chatEnded);
        if (demo) {
            categories.seedDemo();
        }
        context.routes(new WrapUpRoutes(categories, settings, wrapUps, context.require(Callers.class)));
        context.every(Duration.ofMinutes(5), Duration.ofHours(1), "forgetting ended holds",
                () -> context.jdbi().useHandle(handle -> AgentHolds.purge(handle, context.clock().instant())));
        context.publish(WrapUps.class, wrapUps);
        context.publish(WrapUpCategories.class, categories);
        context.publish(WrapUpSettings.class, settings);
    }
}
