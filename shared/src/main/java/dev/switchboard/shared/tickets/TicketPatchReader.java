package dev.switchboard.shared.tickets;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link TicketPatch} as JSON merge patches mean it: a field that is absent stays, a field
 * that is {@code null} is cleared. Jackson gives a record's {@link Optional} component
 * {@code Optional.empty()} in both cases, so the patch is read here, field by field, with the same
 * strictness as every other body (an unknown field or a wrong type names the field).
 */
public final class TicketPatchReader extends StdDeserializer<TicketPatch> {

    private static final List<Object> KNOWN;

    static {
        List<Object> known = new ArrayList<>(TicketPatch.FIELDS);
        known.add("version");
        known.add("customFields");
        KNOWN = List.copyOf(known);
    }

    public TicketPatchReader() {
        super(TicketPatch.class);
    }

    @Override
    public TicketPatch deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        // the context reads just this value: the parser's own readValueAsTree refuses what follows it when the patch is nested in a body
        JsonNode node = context.readTree(parser);
        if (node == null || !node.isObject()) {
            return context.reportInputMismatch(TicketPatch.class, "the change must be a JSON object");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!KNOWN.contains(name)) {
                throw UnrecognizedPropertyException.from(parser, TicketPatch.class, name, KNOWN);
            }
        }
        TypeFactory types = context.getTypeFactory();
        JavaType longs = types.constructCollectionType(List.class, Long.class);
        JavaType strings = types.constructCollectionType(List.class, String.class);
        JavaType values = types.constructMapType(Map.class, String.class, Object.class);
        return new TicketPatch(
                value(context, node, "version", types.constructType(Long.class)),
                value(context, node, "subject", types.constructType(String.class)),
                value(context, node, "description", types.constructType(String.class)),
                clearable(context, node, "categoryId"),
                value(context, node, "priority", types.constructType(TicketPriority.class)),
                value(context, node, "status", types.constructType(String.class)),
                clearable(context, node, "assigneeId"),
                clearable(context, node, "groupId"),
                value(context, node, "tags", strings),
                clearable(context, node, "parentId"),
                value(context, node, "relatedIds", longs),
                value(context, node, "customFields", values));
    }

    /** A field whose null means the same as its absence. */
    private static <T> T value(DeserializationContext context, JsonNode object, String name, JavaType type) throws IOException {
        JsonNode value = object.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        try {
            return context.readTreeAsValue(value, type);
        } catch (JsonMappingException e) {
            throw JsonMappingException.wrapWithPath(e, TicketPatch.class, name);
        }
    }

    /** A field that may be cleared: null when absent, empty when {@code null}. */
    private static Optional<Long> clearable(DeserializationContext context, JsonNode object, String name) throws IOException {
        if (!object.has(name)) {
            return null;
        }
        return Optional.ofNullable(value(context, object, name, context.getTypeFactory().constructType(Long.class)));
    }
}
