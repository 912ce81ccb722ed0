package dev.switchboard.server.infra;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.Problem;
import dev.switchboard.shared.problem.ProblemType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Strict JSON reading with errors a client can act on: which field, and what was wrong with it. */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Reads {@code text} as a {@code type}, or throws a 400 problem saying what is wrong. */
    public static <T> T read(String text, Class<T> type) {
        if (text == null || text.isBlank()) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "a JSON body is required");
        }
        try {
            T value = Json.mapper().readValue(text, type);
            if (value == null) {
                throw new ApiException(ProblemType.MALFORMED_JSON, "the body must be a JSON object, not null");
            }
            return value;
        } catch (UnrecognizedPropertyException e) {
            throw malformed("unknown field " + e.getPropertyName(), e, "unknown field");
        } catch (InvalidFormatException e) {
            throw malformed("a field has the wrong type or value", e,
                    "expected " + describe(e.getTargetType()) + ", got " + abbreviate(String.valueOf(e.getValue())));
        } catch (MismatchedInputException e) {
            String field = path(e);
            throw malformed(field.isEmpty() ? "the body must be a JSON object of the expected shape" : "a field has the wrong type", e,
                    "expected " + describe(e.getTargetType()));
        } catch (JsonMappingException e) {
            throw malformed("the body does not have the expected shape", e, "invalid value");
        } catch (JsonProcessingException e) {
            throw new ApiException(ProblemType.MALFORMED_JSON, "the body is not valid JSON (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        }
    }

    private static ApiException malformed(String detail, JsonMappingException e, String message) {
        String field = path(e);
        List<FieldError> errors = field.isEmpty() ? List.of() : List.of(new FieldError(field, message));
        ProblemType type = ProblemType.MALFORMED_JSON;
        return new ApiException(new Problem(type.uri(), type.title(), type.status(), detail, errors), Map.of());
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return "one of " + java.util.Arrays.toString(constants);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }

    private static String abbreviate(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
