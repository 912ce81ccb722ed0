package dev.switchboard.shared.push;

/**
 * What became of a push.
 *
 * @param sent      visitors it was sent to
 * @param skipped   matching visitors the caps kept it from
 * @param shown     visitors whose widget showed it
 * @param clicked   visitors who opened its link
 * @param dismissed visitors who closed it
 * @param chats     visitors who started a chat within {@code 30} minutes of it being sent to them (and saw it)
 */
public record PushCounts(int sent, int skipped, int shown, int clicked, int dismissed, int chats) {
}
