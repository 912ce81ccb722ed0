package dev.switchboard.shared.push;

/**
 * How many visitors a push would reach now.
 *
 * @param matching  online visitors who match the audience (not chatting, not blocked)
 * @param reachable of those, how many the caps still let a push reach
 */
public record PushPreview(int matching, int reachable) {
}
