package dev.switchboard.server.infra;

import dev.switchboard.shared.problem.ProblemType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV as spreadsheets write it (RFC 4180, commons-csv). Read as UTF-8, with or without a byte
 * order mark, or else as GB18030 (what Excel saves "CSV" as on Chinese Windows); anything that is
 * neither, or holds control characters no text file has, is not a CSV. Written as UTF-8 with a
 * byte order mark, cells that a spreadsheet would take for a formula quoted with a leading
 * apostrophe (OWASP "CSV injection"), which reading takes off again.
 */
final class CsvFiles {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private CsvFiles() {
    }

    static List<List<String>> read(byte[] bytes) {
        String text = decode(bytes);
        if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "not a CSV or XLSX file (it holds binary data)");
        }
        List<List<String>> records = new ArrayList<>();
        try (CSVParser parser = CSVFormat.RFC4180.builder().get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cell -> cells.add(unquoteFormula(cell)));
                records.add(cells);
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "not a readable CSV file: " + e.getMessage());
        }
        return records;
    }

    static byte[] write(List<String> headers, List<List<Object>> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            printer.printRecord(headers);
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(cell -> cell == null ? "" : quoteFormula(cell.toString())).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String decode(byte[] bytes) {
        boolean bom = bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
        ByteBuffer content = ByteBuffer.wrap(bytes, bom ? 3 : 0, bytes.length - (bom ? 3 : 0));
        try {
            return strict(StandardCharsets.UTF_8, content.duplicate());
        } catch (CharacterCodingException notUtf8) {
            if (bom) {
                throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "the file says it is UTF-8 but is not");
            }
        }
        try {
            return strict(GB18030, content);
        } catch (CharacterCodingException neither) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "not a CSV file in UTF-8 or GB18030, nor an XLSX file");
        }
    }

    private static String strict(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes).toString();
    }

    private static String quoteFormula(String cell) {
        return !cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    private static String unquoteFormula(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && FORMULA_STARTS.indexOf(cell.charAt(1)) >= 0 ? cell.substring(1) : cell;
    }
}
