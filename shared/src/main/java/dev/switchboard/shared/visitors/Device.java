package dev.switchboard.shared.visitors;

/** What the visitor browses with, from the user agent: {@code type} is desktop, mobile, tablet or bot. */
public record Device(String type, String os, String browser) {

    public static final Device UNKNOWN = new Device("unknown", "unknown", "unknown");
}
