package dev.switchboard.app.net;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a REST call goes below {@code /api/v1}: its path segments, each encoded as one segment
 * (an id from the network can never reach another path), and its query parameters in order.
 *
 * @param segments e.g. {@code visitors}, {@code v-12}, {@code invitations}
 * @param query    the parameters; empty when there are none
 */
public record ApiPath(List<String> segments, Map<String, String> query) {

    public ApiPath {
        segments = List.copyOf(segments);
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
    }

    /** {@code segments} as text, one path segment each: {@code ApiPath.of("conversations", 12, "messages")}. */
    public static ApiPath of(Object... segments) {
        List<String> texts = new ArrayList<>(segments.length);
        for (Object segment : segments) {
            texts.add(segment.toString());
        }
        return new ApiPath(texts, Map.of());
    }

    /** The same path with one more query parameter; a null {@code value} adds none. */
    public ApiPath query(String name, Object value) {
        if (value == null) {
            return this;
        }
        Map<String, String> more = new LinkedHashMap<>(query);
        more.put(name, value.toString());
        return new ApiPath(segments, more);
    }

    /** The same path with these query parameters added, in their order. */
    public ApiPath query(Map<String, String> parameters) {
        Map<String, String> more = new LinkedHashMap<>(query);
        more.putAll(parameters);
        return new ApiPath(segments, more);
    }

    @Override
    public String toString() {
        return "/" + String.join("/", segments) + (query.isEmpty() ? "" : "?" + query);
    }
}
