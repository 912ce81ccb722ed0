package dev.switchboard.shared.health;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The product version and the protocol generation that the workstation and the backend must share. */
public final class ProtocolVersion {

    /**
     * Raised on every incompatible change of REST or WebSocket messages; a workstation refuses a
     * backend whose protocol differs from its own.
     */
    public static final int PROTOCOL = 1;

    private static final String PRODUCT_VERSION = readProductVersion();

    private ProtocolVersion() {
    }

    public static String productVersion() {
        return PRODUCT_VERSION;
    }

    public static boolean isCompatible(int serverProtocol) {
        return serverProtocol == PROTOCOL;
    }

    private static String readProductVersion() {
        try (InputStream in = ProtocolVersion.class.getResourceAsStream("/dev/switchboard/shared/version.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
