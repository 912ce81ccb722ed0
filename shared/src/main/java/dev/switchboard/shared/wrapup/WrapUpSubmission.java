package dev.switchboard.shared.wrapup;

import java.util.List;

/** What the agent writes when a chat ends: categories of the tree, and a short summary. */
public record WrapUpSubmission(List<Long> categoryIds, String summary) {
}
