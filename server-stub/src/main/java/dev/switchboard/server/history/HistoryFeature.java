package dev.switchboard.server.history;

import dev.switchboard.server.auth.Callers;
import dev.switchboard.server.infra.BackendFeature;
import dev.switchboard.server.infra.FeatureContext;
import dev.switchboard.server.wrapup.WrapUpCategories;
import dev.switchboard.server.wrapup.WrapUps;
import java.time.Duration;

/**
 * Chat history: search (Chinese found inside sentences), transcripts and exports under
 * {@code /api/v1/history}, and the indexer that writes ended chats' search tokens
 * (docs/decisions/0014-history-search.md).
 */
public final class HistoryFeature implements BackendFeature {

    /** How often ended chats are indexed; until then the search reads their messages. */
    private static final Duration INDEXING = Duration.ofSeconds(2);
    /** Chats one run indexes at most: a backlog (an upgrade) goes a slice at a time, leaving the timers to others. */
    private static final int PER_RUN = 500;

    @Override
    public void install(FeatureContext context) {
        HistoryIndexer indexer = new HistoryIndexer(context.jdbi());
        HistoryService history = new HistoryService(context.jdbi(), context.require(WrapUps.class), context.require(WrapUpCategories.class));
        context.routes(new HistoryRoutes(history, context.require(Callers.class)));
        context.every(INDEXING, INDEXING, "indexing ended chats for search", () -> indexer.indexPending(PER_RUN));
        context.publish(HistoryService.class, history);
        context.publish(HistoryIndexer.class, indexer);
    }
}
