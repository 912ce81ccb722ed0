package dev.switchboard.app.accounts;

/** What the account editor asks the administrator to confirm before doing it. */
public enum Asking { NOTHING, DISABLE, ENABLE, RESET_PASSWORD }
