package dev.switchboard.server.visitors;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Region of an IPv4 address from a local database in the IP2Location LITE CSV layout
 * ({@code "ip_from","ip_to","country_code","country_name"[,"region_name","city_name"]}, addresses
 * as integers), held in memory.
 */
final class Ip2LocationCsv implements RegionLookup {

    private static final Logger LOG = LoggerFactory.getLogger(Ip2LocationCsv.class);

    private final long[] starts;
    private final long[] ends;
    private final String[] regions;

    private Ip2LocationCsv(long[] starts, long[] ends, String[] regions) {
        this.starts = starts;
        this.ends = ends;
        this.regions = regions;
    }

    /** Loads the CSV; rows must be sorted by address, as the published files are. */
    static Ip2LocationCsv load(Path csv) {
        List<long[]> ranges = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (BufferedReader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                String[] fields = parse(line);
                if (fields.length < 4 || !fields[0].chars().allMatch(Character::isDigit) || fields[0].isEmpty()) {
                    continue;
                }
                String region = describe(Arrays.copyOfRange(fields, 3, fields.length));
                if (region != null) {
                    ranges.add(new long[] {Long.parseLong(fields[0]), Long.parseLong(fields[1])});
                    names.add(region);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the region database " + csv, e);
        }
        long[] starts = new long[ranges.size()];
        long[] ends = new long[ranges.size()];
        for (int i = 0; i < ranges.size(); i++) {
            starts[i] = ranges.get(i)[0];
            ends[i] = ranges.get(i)[1];
        }
        LOG.info("region database loaded: {} ranges from {}", starts.length, csv);
        return new Ip2LocationCsv(starts, ends, names.toArray(String[]::new));
    }

    @Override
    public Optional<String> regionOf(String ip) {
        long address = RegionLookup.ipv4(ip);
        if (address < 0) {
            return Optional.empty();
        }
        int index = Arrays.binarySearch(starts, address);
        if (index < 0) {
            index = -index - 2;
        }
        return index >= 0 && address <= ends[index] ? Optional.of(regions[index]) : Optional.empty();
    }

    /** "City, Region, Country" without repeats (Shanghai's region is Shanghai) and without "-" placeholders. */
    private static String describe(String[] countryRegionCity) {
        // the columns come country name, region, city: read them backwards
        Set<String> parts = new LinkedHashSet<>();
        for (int i = countryRegionCity.length - 1; i >= 0; i--) {
            String part = countryRegionCity[i].strip();
            if (!part.isEmpty() && !part.equals("-")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static String[] parse(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
