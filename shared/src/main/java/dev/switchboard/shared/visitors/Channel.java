package dev.switchboard.shared.visitors;

/** Where a visit came from, in the terms of marketing reports. */
public enum Channel {
    DIRECT,
    SEARCH,
    REFERRAL,
    SOCIAL,
    CAMPAIGN
}
