package dev.switchboard.server.infra;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code X-Forwarded-For} is believed: addresses and CIDR blocks, IPv4
 * and IPv6. Nobody is trusted by default, so a client cannot choose its own address by sending
 * the header.
 */
public final class TrustedProxies {

    public static final TrustedProxies NONE = new TrustedProxies(List.of(), "");

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private final List<Network> networks;
    private final String text;

    private TrustedProxies(List<Network> networks, String text) {
        this.networks = networks;
        this.text = text;
    }

    /** Reads a comma- or space-separated list such as {@code 10.0.0.0/8, 192.168.1.5, ::1, fd00::/8}. */
    public static TrustedProxies parse(String list) {
        if (list == null || list.isBlank()) {
            return NONE;
        }
        List<Network> networks = new ArrayList<>();
        for (String entry : list.trim().split("[,\\s]+")) {
            networks.add(Network.parse(entry));
        }
        return new TrustedProxies(List.copyOf(networks), String.join(",", list.trim().split("[,\\s]+")));
    }

    public boolean isEmpty() {
        return networks.isEmpty();
    }

    public boolean trusts(InetAddress address) {
        for (Network network : networks) {
            if (network.contains(address)) {
                return true;
            }
        }
        return false;
    }

    /**
     * An IP literal as an address, never through a name lookup; empty for anything else (a host
     * name, garbage, {@code unknown}). Brackets and a port ({@code [2001:db8::1]:443},
     * {@code 192.0.2.1:8080}) are taken off, as some proxies add them.
     */
    public static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.startsWith("[")) {
            int end = value.indexOf(']');
            value = end < 0 ? "" : value.substring(1, end);
        } else if (value.indexOf(':') > 0 && value.indexOf(':') == value.lastIndexOf(':') && value.indexOf('.') > 0) {
            value = value.substring(0, value.indexOf(':'));
        }
        return strictLiteral(value);
    }

    /** Only a bare IP literal: no brackets, no port. */
    private static Optional<InetAddress> strictLiteral(String value) {
        if (IPV4.matcher(value).matches()) {
            for (String part : value.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        } else if (!value.contains(":") || !IPV6.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            // a literal of only digits, dots, hex digits and colons is parsed, never looked up
            return Optional.of(InetAddress.getByName(value));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return text.isEmpty() ? "none" : text;
    }

    /** One address block. */
    private record Network(byte[] prefix, int bits) {

        static Network parse(String entry) {
            int slash = entry.indexOf('/');
            String host = slash < 0 ? entry : entry.substring(0, slash);
            InetAddress address = strictLiteral(host)
                    .orElseThrow(() -> new IllegalArgumentException("not an IP address or CIDR block: " + entry));
            int max = address.getAddress().length * 8;
            int bits = max;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > max) {
                    throw new IllegalArgumentException("the prefix of " + entry + " must be from 0 to " + max);
                }
            }
            return new Network(address.getAddress(), bits);
        }

        boolean contains(InetAddress address) {
            byte[] candidate = address.getAddress();
            if (candidate.length != prefix.length) {
                return false;
            }
            int full = bits / 8;
            if (!Arrays.equals(candidate, 0, full, prefix, 0, full)) {
                return false;
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = 0xFF << (8 - rest) & 0xFF;
            return (candidate[full] & mask) == (prefix[full] & mask);
        }
    }
}
