package dev.switchboard.app.settings;

/** What the login form remembers between starts ("remember server and login"). */
public record LoginMemory(boolean remember, String server, String login) {

    /** Before the first sign-in: nothing to prefill, and "remember" ticked. */
    public static final LoginMemory FIRST_START = new LoginMemory(true, "", "");
}
