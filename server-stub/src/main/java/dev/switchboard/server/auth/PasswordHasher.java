package dev.switchboard.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;

/**
 * bcrypt password hashes. Unknown logins are checked against a fixed dummy hash so that a wrong
 * login takes as long as a wrong password and does not reveal which accounts exist.
 */
public final class PasswordHasher {

    private final int cost;
    private final String dummyHash;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.dummyHash = hash("not a password of anyone");
    }

    public String hash(String password) {
        return BCrypt.withDefaults().hashToString(cost, password.toCharArray());
    }

    public boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8), hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    /** Spends the time of one verification and answers false. */
    public boolean matchesNothing(String password) {
        matches(password, dummyHash);
        return false;
    }
}
