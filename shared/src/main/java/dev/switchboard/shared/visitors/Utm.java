package dev.switchboard.shared.visitors;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The {@code utm_*} parameters of a landing URL; any of them may be null. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Utm(String source, String medium, String campaign, String term, String content) {

    public static final Utm NONE = new Utm(null, null, null, null, null);

    public boolean isEmpty() {
        return source == null && medium == null && campaign == null && term == null && content == null;
    }
}
