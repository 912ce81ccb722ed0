package dev.switchboard.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * bcrypt password hashes. Unknown logins are checked against a fixed dummy hash so that a wrong
 * login takes as long as a wrong password and does not reveal which accounts exist.
 *
 * <p>bcrypt reads at most 72 bytes (a 30-character Chinese password is 90 UTF-8 bytes). A password
 * longer than that is first reduced to the Base64 of its HMAC-SHA256 (44 ASCII bytes, no NUL) and
 * that is bcrypted; the stored hash is marked {@value #PRE_HASHED} so the same is done when it is
 * checked. Hashes of shorter passwords are plain bcrypt, as every hash stored before this was
 * (see docs/decisions/0006-passwords-longer-than-bcrypt-reads.md).
 */
public final class PasswordHasher {

    /** bcrypt's input limit in bytes. */
    static final int BCRYPT_MAX_BYTES = 72;
    /** Marks a hash of a pre-hashed password: marker and bcrypt string fit the 100-character column. */
    static final String PRE_HASHED = "$sb-hs256$";
    /** Separates the pre-hash from a plain SHA-256, so lists of unsalted SHA-256 hashes do not apply. */
    private static final byte[] PRE_HASH_KEY = "switchboard bcrypt pre-hash v1".getBytes(StandardCharsets.US_ASCII);

    private final int cost;
    private final String dummyHash;

    public PasswordHasher(int cost) {
        this.cost = cost;
        this.dummyHash = hash("not a password of anyone");
    }

    public String hash(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= BCRYPT_MAX_BYTES) {
            return bcrypt(bytes);
        }
        return PRE_HASHED + bcrypt(preHash(bytes));
    }

    public boolean matches(String password, String hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (hash.startsWith(PRE_HASHED)) {
            return verify(preHash(bytes), hash.substring(PRE_HASHED.length()));
        }
        if (bytes.length > BCRYPT_MAX_BYTES) {
            // a plain hash never holds a password this long; spend the same time and say no
            verify(preHash(bytes), hash);
            return false;
        }
        return verify(bytes, hash);
    }

    /** Spends the time of one verification and answers false. */
    public boolean matchesNothing(String password) {
        matches(password, dummyHash);
        return false;
    }

    private String bcrypt(byte[] password) {
        return new String(BCrypt.withDefaults().hash(cost, password), StandardCharsets.UTF_8);
    }

    private static boolean verify(byte[] password, String hash) {
        return BCrypt.verifyer().verify(password, hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    static byte[] preHash(byte[] password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(PRE_HASH_KEY, "HmacSHA256"));
            return Base64.getEncoder().encode(mac.doFinal(password));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
