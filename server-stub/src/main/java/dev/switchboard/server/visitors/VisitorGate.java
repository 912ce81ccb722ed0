package dev.switchboard.server.visitors;

/** Decides whether a visitor may be on the widget at all; the blocks feature implements it. */
@FunctionalInterface
public interface VisitorGate {

    boolean isBlocked(String visitorId, String ip);
}
