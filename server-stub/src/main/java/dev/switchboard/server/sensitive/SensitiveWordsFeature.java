package dev.switchboard.server.sensitive;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.realtime.AgentSocket;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.sensitive.SensitiveWordSettings;
import java.util.List;

/**
 * Sensitive words: {@code /api/v1/sensitive-words} and the flags on visitors' messages. Publishes
 * the {@link MessageScreen} the chat feature passes every message through.
 */
public final class SensitiveWordsFeature implements BackendFeature {

    /** Words a demo user can try: abuse, and the contact details agents must not take off the platform. */
    static final SensitiveWordSettings DEMO = new SensitiveWordSettings(SensitiveWordSettings.AgentMode.CONFIRM,
            List.of("傻逼", "垃圾公司", "投诉你们", "微信号", "加我微信", "私下交易", "银行卡号", "idiot", "scam"));

    private final boolean demo;

    /** @param demo seed the demo's list */
    public SensitiveWordsFeature(boolean demo) {
        this.demo = demo;
    }

    @Override
    public void install(FeatureContext context) {
        SensitiveWords words = new SensitiveWords(context.jdbi(), context.clock(), context.require(ChangeLog.class), context.require(AuditLog.class));
        if (demo) {
            words.seed(DEMO);
        }
        SensitiveWordFlags flags = new SensitiveWordFlags(context.jdbi(), context.clock(), words, context.require(AgentSocket.class),
                context.require(AuditLog.class));
        SensitiveWordEntries entries = new SensitiveWordEntries(context.jdbi(), context.clock(), words, context.require(AuditLog.class));
        context.routes(new SensitiveWordRoutes(words, entries, flags, context.require(Callers.class)));
        context.publish(MessageScreen.class, new MessageScreen(words, flags));
    }
}
