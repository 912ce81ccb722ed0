package dev.switchboard.shared.chat;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A file sent in a chat. {@code mediaType} was found from the file's content, not its name;
 * images have their size and a thumbnail. Served only to the chat's participants.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Attachment(String id, String fileName, String mediaType, long size, Integer width, Integer height, boolean thumbnail) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
}
