package dev.switchboard.shared.sensitive;

/** Body of {@code PUT /api/v1/sensitive-words/entries/{id}}: the word as it should read, and the version it was read at. */
public record SensitiveWordEdit(String word, Long version) {
}
