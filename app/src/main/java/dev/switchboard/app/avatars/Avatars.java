package dev.switchboard.app.avatars;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.function.LongFunction;
import javafx.scene.image.Image;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Colleagues' pictures for the views that show them, loaded off the FX thread and kept in memory.
 * A picture is known by the agent and its tag ({@code Agent.avatar}), which changes with every
 * new picture: when the change log brings an agent with another tag, the views ask for that one
 * and the old picture simply ages out of the cache. A picture that fails to load is asked for
 * again the next time a view shows the agent.
 */
public final class Avatars {

    private static final Logger LOG = LoggerFactory.getLogger(Avatars.class);
    /** Pictures are small (at most 256 pixels square); a team's worth of them fits many times over. */
    private static final int KEPT = 500;

    private record Key(long agentId, String tag) {
    }

    private final LongFunction<byte[]> download;
    private final Executor io;
    private final Executor fx;
    private final Cache<Key, Image> pictures = Caffeine.newBuilder().maximumSize(KEPT).build();
    private final Map<Key, CompletableFuture<Image>> loading = new ConcurrentHashMap<>();

    /**
     * @param download reads an agent's current picture as PNG bytes (blocking: runs on {@code io})
     * @param fx       where loaded pictures are shown
     */
    public Avatars(LongFunction<byte[]> download, Executor io, Executor fx) {
        this.download = download;
        this.io = io;
        this.fx = fx;
    }

    Executor fx() {
        return fx;
    }

    /** The picture when it is loaded already. */
    Optional<Image> cached(long agentId, String tag) {
        return Optional.ofNullable(pictures.getIfPresent(new Key(agentId, tag)));
    }

    /** The picture with {@code tag} of the agent, loaded once however many views ask at the same time. */
    CompletableFuture<Image> load(long agentId, String tag) {
        Key key = new Key(agentId, tag);
        Image known = pictures.getIfPresent(key);
        if (known != null) {
            return CompletableFuture.completedFuture(known);
        }
        return loading.computeIfAbsent(key, missing -> {
            CompletableFuture<Image> loaded = CompletableFuture.supplyAsync(() -> decode(download.apply(agentId)), io);
            loaded.whenComplete((image, failure) -> {
                loading.remove(key);
                if (failure == null) {
                    pictures.put(key, image);
                } else {
                    LOG.debug("The picture of agent {} did not load: {}", agentId, failure.getMessage());
                }
            });
            return loaded;
        });
    }

    private static Image decode(byte[] png) {
        Image image = new Image(new ByteArrayInputStream(png));
        if (image.isError()) {
            throw new IllegalStateException("not a picture", image.getException());
        }
        return image;
    }
}
