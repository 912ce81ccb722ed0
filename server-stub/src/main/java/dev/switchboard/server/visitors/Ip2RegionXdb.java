package dev.switchboard.server.visitors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Region of an IPv4 address from an ip2region xdb file (github.com/lionsoul2014/ip2region, Apache
 * 2.0 data), held in memory: about 11 MB for the published file. The layout, little endian: a
 * 256-byte header (structure version, ..., since structure 3 the IP version at byte 16), a vector
 * index of 256 x 256 entries (the first segment and the last for each first two bytes of an
 * address, 4 bytes each), segments of 14 bytes (first address, last address, region length,
 * region offset), and the regions as UTF-8 text such as {@code 中国|0|广东省|深圳市|电信}.
 */
final class Ip2RegionXdb implements RegionLookup {

    private static final Logger LOG = LoggerFactory.getLogger(Ip2RegionXdb.class);
    private static final int HEADER = 256;
    private static final int VECTOR_ENTRY = 8;
    private static final int SEGMENT = 14;

    private final ByteBuffer content;

    private Ip2RegionXdb(ByteBuffer content) {
        this.content = content;
    }

    static Ip2RegionXdb load(Path xdb) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(xdb);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region database " + xdb, e);
        }
        ByteBuffer content = ByteBuffer.wrap(bytes).asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < HEADER + 256 * 256 * VECTOR_ENTRY) {
            throw new IllegalArgumentException(xdb + " is too short for an ip2region xdb file");
        }
        int structure = Short.toUnsignedInt(content.getShort(0));
        int ipVersion = Short.toUnsignedInt(content.getShort(16));
        if (structure != 2 && !(structure == 3 && ipVersion == 4)) {
            throw new IllegalArgumentException(xdb + " is not an IPv4 ip2region xdb file (structure " + structure
                    + ", IP version " + ipVersion + "); take ip2region_v4.xdb");
        }
        LOG.info("region database loaded: {} bytes of ip2region from {}", bytes.length, xdb);
        return new Ip2RegionXdb(content);
    }

    @Override
    public Optional<String> regionOf(String ip) {
        long address = RegionLookup.ipv4(ip);
        if (address < 0) {
            return Optional.empty();
        }
        int vector = HEADER + (int) ((address >>> 24) * 256 + ((address >>> 16) & 0xff)) * VECTOR_ENTRY;
        long first = Integer.toUnsignedLong(content.getInt(vector));
        long last = Integer.toUnsignedLong(content.getInt(vector + 4));
        long low = 0;
        long high = (last - first) / SEGMENT;
        while (low <= high && first > 0) {
            long middle = (low + high) >>> 1;
            int segment = (int) (first + middle * SEGMENT);
            if (address < Integer.toUnsignedLong(content.getInt(segment))) {
                high = middle - 1;
            } else if (address > Integer.toUnsignedLong(content.getInt(segment + 4))) {
                low = middle + 1;
            } else {
                int length = Short.toUnsignedInt(content.getShort(segment + 8));
                int offset = content.getInt(segment + 10);
                byte[] region = new byte[length];
                content.get(offset, region);
                return describe(new String(region, StandardCharsets.UTF_8));
            }
        }
        return Optional.empty();
    }

    /**
     * "深圳市, 广东省, 中国", as the CSV's regions read: the place first, without the "0" of what
     * the data does not know and without the network operator. The classic data reads
     * country|area|province|city|operator; the newer reads country|province|city|operator|country code.
     */
    static Optional<String> describe(String data) {
        String[] fields = data.split("\\|", -1);
        List<String> place = new ArrayList<>();
        if (fields.length == 5 && fields[4].matches("[A-Z]{2}")) {
            place.addAll(List.of(fields[0], fields[1], fields[2]));
        } else if (fields.length == 5) {
            place.addAll(List.of(fields[0], fields[2], fields[3]));
        } else {
            place.addAll(List.of(fields));
        }
        Set<String> parts = new LinkedHashSet<>();
        for (int i = place.size() - 1; i >= 0; i--) {
            String part = place.get(i).strip();
            if (!part.isEmpty() && !part.equals("0")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", parts));
    }
}
