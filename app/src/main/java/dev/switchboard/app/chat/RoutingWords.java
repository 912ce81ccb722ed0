package dev.switchboard.app.chat;

import dev.switchboard.app.platform.I18n;
import dev.switchboard.shared.chat.RoutingReasons;
import dev.switchboard.shared.routing.RoutingReason;
import dev.switchboard.shared.routing.RoutingStep;
import dev.switchboard.shared.routing.RoutingStepType;
import java.util.List;
import java.util.Optional;

/**
 * Routing in the reader's language (ADR 0013): the server sends each reason as a code with
 * parameters and each step of a chat's routing history as a type with names, and this words them.
 * Reasons stored before codes existed come in English only, and are shown as they are.
 */
public final class RoutingWords {

    private final I18n i18n;

    public RoutingWords(I18n i18n) {
        this.i18n = i18n;
    }

    /** Why routing took or passed over one agent. */
    public String reason(RoutingReasons.Candidate candidate) {
        return candidate.structured().map(this::reason).orElse(candidate.reason() == null ? "" : candidate.reason());
    }

    public String reason(RoutingReason reason) {
        String key = "routing.reason." + reason.code().name();
        return switch (reason.code()) {
            case DECLINED_BEFORE -> i18n.get(key, kind(reason.param("kind")));
            case STATUS -> i18n.get(key, i18n.get("status." + reason.param("status")));
            case AT_LIMIT -> i18n.get(key, kind(reason.param("kind")), reason.param("load"), reason.param("capacity"));
            case PASSED_OVER -> i18n.get(key, reason.params().containsKey("chosen") ? reason.param("chosen") : i18n.get("routing.anotherAgent"));
            case NEXT_IN_TURN, LEAST_LOADED, LAST_NOT_FREE, INVITED -> i18n.get(key, load(reason));
            case HIGHEST_SKILL -> i18n.get(key, reason.param("skill"), load(reason));
            case SERVED_LAST -> i18n.get(key);
        };
    }

    /**
     * One step of a chat's routing history as a sentence, the agent {@code selfId} called "you";
     * with the person's reason or note after it.
     */
    public String step(RoutingStep step, long selfId) {
        boolean toSelf = step.agentId() != null && step.agentId() == selfId;
        boolean selfStarts = toSelf && (step.type() == RoutingStepType.TAKEN || step.type() == RoutingStepType.TAKEN_OVER);
        String key = "routing.step." + step.type().name() + (selfStarts ? ".you" : "");
        String text = i18n.get(key, toSelf ? i18n.get("routing.you") : name(step.agentName()), name(step.actorName()),
                name(step.fromAgentName()), step.groupName() == null ? "" : step.groupName());
        return step.note() == null || step.note().isBlank() ? text : i18n.get("routing.step.withNote", text, step.note());
    }

    /** The latest step that brought the chat to the agent (routed, taken, assigned, transferred, asked to help), if any. */
    public static Optional<RoutingStep> latestFor(RoutingReasons reasons, long agentId) {
        if (reasons == null) {
            return Optional.empty();
        }
        List<RoutingStep> history = reasons.history();
        for (int i = history.size() - 1; i >= 0; i--) {
            if (history.get(i).broughtTo(agentId)) {
                return Optional.of(history.get(i));
            }
        }
        return Optional.empty();
    }

    private String load(RoutingReason reason) {
        return i18n.get("routing.load", reason.param("load"), reason.param("capacity"), kinds(reason.param("kinds")), reason.param("today"));
    }

    private String kind(String name) {
        return "chat".equals(name) ? i18n.get("routing.kind.chat") : name;
    }

    private String kinds(String plural) {
        return "chats".equals(plural) ? i18n.get("routing.kinds.chats") : plural;
    }

    private String name(String name) {
        return name == null || name.isBlank() ? i18n.get("routing.someone") : name;
    }
}
