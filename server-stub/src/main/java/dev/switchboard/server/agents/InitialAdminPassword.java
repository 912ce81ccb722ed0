package dev.switchboard.server.agents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Optional;

/**
 * The first administrator's generated password, in a file of the data folder that only its owner
 * may read, never on standard output (operations collect that as the log). On POSIX systems the
 * file is created with mode 600; elsewhere (Windows) it inherits the data folder's ACL, which
 * under the user profile admits only that user and administrators.
 */
final class InitialAdminPassword {

    static final String FILE_NAME = "initial-admin-password";
    /** 24 characters of 64: 144 random bits, far beyond any password policy's minimum. */
    private static final int LENGTH = 24;
    private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialAdminPassword() {
    }

    static String generate() {
        StringBuilder password = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }

    static Path fileIn(Path dataDir) {
        return dataDir.resolve(FILE_NAME);
    }

    /** Writes the password to a new file that no one but its owner can read, from its first byte on. */
    static Path write(Path dataDir, String password) {
        Path file = fileIn(dataDir);
        try {
            // a file left from an earlier database is replaced, never written into with its old permissions
            Files.deleteIfExists(file);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
            Files.writeString(file, password + System.lineSeparator(), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the first administrator's password to " + file, e);
        }
    }

    static Optional<String> read(Path dataDir) {
        Path file = fileIn(dataDir);
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip()) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(fileIn(dataDir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
