package dev.switchboard.app.chat.ui;

import java.util.List;

/**
 * A message the agent tried to send that contains sensitive words: held with a warning.
 *
 * @param mayConfirm the agent may send it anyway; otherwise they must edit it
 */
public record SensitiveWordHold(String text, List<String> words, boolean mayConfirm) {

    public SensitiveWordHold {
        words = List.copyOf(words);
    }
}
