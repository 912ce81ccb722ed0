package dev.switchboard.app.net;

import dev.switchboard.shared.health.ProtocolVersion;

/** The server speaks another protocol generation than this workstation. */
public final class IncompatibleServerException extends ApiException {

    private final int serverProtocol;
    private final String serverVersion;

    public IncompatibleServerException(int serverProtocol, String serverVersion) {
        super("The server speaks protocol " + serverProtocol + " (version " + serverVersion
                + "), this workstation protocol " + ProtocolVersion.PROTOCOL, null);
        this.serverProtocol = serverProtocol;
        this.serverVersion = serverVersion;
    }

    public int serverProtocol() {
        return serverProtocol;
    }

    public String serverVersion() {
        return serverVersion;
    }
}
