package dev.switchboard.server.visitors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes small ip2region xdb files (structure 2, IPv4) for tests, laid out as ip2region's maker does. */
final class XdbFile {

    /** Addresses from {@code first} to {@code last}, both IPv4, in {@code region}. */
    record Range(String first, String last, String region) {
    }

    private record Segment(long first, long last, int regionOffset, int regionLength) {
    }

    private XdbFile() {
    }

    /** The ranges must be sorted and must not overlap. */
    static Path write(Path file, List<Range> ranges) throws IOException {
        int vectorStart = 256;
        int regionsStart = vectorStart + 256 * 256 * 8;
        ByteBuffer regions = ByteBuffer.allocate(64 * 1024);
        List<Segment> segments = new ArrayList<>();
        for (Range range : ranges) {
            byte[] text = range.region().getBytes(StandardCharsets.UTF_8);
            int offset = regionsStart + regions.position();
            regions.put(text);
            // as the maker does: a segment never crosses the first two bytes of an address, which the vector indexes
            long first = RegionLookup.ipv4(range.first());
            long last = RegionLookup.ipv4(range.last());
            while (first <= last) {
                long blockEnd = Math.min(last, (first | 0xffff));
                segments.add(new Segment(first, blockEnd, offset, text.length));
                first = blockEnd + 1;
            }
        }
        int segmentsStart = regionsStart + regions.position();
        ByteBuffer xdb = ByteBuffer.allocate(segmentsStart + segments.size() * 14).order(ByteOrder.LITTLE_ENDIAN);
        xdb.putShort(0, (short) 2);
        xdb.putInt(8, segmentsStart);
        xdb.putInt(12, segmentsStart + (segments.size() - 1) * 14);
        for (int i = 0; i < segments.size(); i++) {
            Segment segment = segments.get(i);
            int at = segmentsStart + i * 14;
            xdb.putInt(at, (int) segment.first());
            xdb.putInt(at + 4, (int) segment.last());
            xdb.putShort(at + 8, (short) segment.regionLength());
            xdb.putInt(at + 10, segment.regionOffset());
            int vector = vectorStart + (int) (segment.first() >>> 16) * 8;
            if (xdb.getInt(vector) == 0) {
                xdb.putInt(vector, at);
            }
            xdb.putInt(vector + 4, at);
        }
        xdb.put(regionsStart, regions.array(), 0, regions.position());
        return Files.write(file, xdb.array());
    }
}
