package dev.switchboard.server.visitors;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * The region of a visitor's address, from a local database the operator gives with
 * {@code --geoip}: an ip2region xdb file (names in Chinese) or an IP2Location LITE CSV (in
 * English), both IPv4. Never asks a service on the internet: without a file there are no regions.
 */
public interface RegionLookup {

    RegionLookup NONE = ip -> Optional.empty();

    /** "City, Province, Country" when the database knows the address. */
    Optional<String> regionOf(String ip);

    /** Reads the database: a file ending in {@code .xdb} is ip2region's, anything else IP2Location's CSV. */
    static RegionLookup load(Path database) {
        String name = database.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xdb") ? Ip2RegionXdb.load(database) : Ip2LocationCsv.load(database);
    }

    /** The IPv4 address as an unsigned number, or -1 for anything else (IPv6, a name, garbage). */
    static long ipv4(String ip) {
        if (ip == null || !ip.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
            return -1;
        }
        try {
            InetAddress address = InetAddress.getByName(ip);
            if (!(address instanceof Inet4Address)) {
                return -1;
            }
            long value = 0;
            for (byte b : address.getAddress()) {
                value = (value << 8) | (b & 0xff);
            }
            return value;
        } catch (UnknownHostException e) {
            return -1;
        }
    }
}
