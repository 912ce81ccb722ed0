package dev.switchboard.server.infra;

import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * XLSX through Apache POI: the first sheet's rows as text, as the spreadsheet shows them (numbers
 * without a ".0", a formula's last computed value, never the formula). POI's own guards against
 * zip bombs apply; anything POI cannot open as a workbook is not an XLSX.
 */
final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    /** The local file header every ZIP (and so every XLSX) starts with. */
    static boolean isZip(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    }

    /** The compound-file header of Excel 97-2003 (.xls). */
    static boolean isOle2(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF && (bytes[2] & 0xFF) == 0x11
                && (bytes[3] & 0xFF) == 0xE0;
    }

    static List<List<String>> readXlsx(byte[] bytes) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                return List.of();
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            formatter.setUseCachedValuesForFormulaCells(true);
            if (sheet.getPhysicalNumberOfRows() > TableFile.MAX_ROWS + 1) {
                throw ApiException.invalid("too many rows", List.of(new FieldError("file", "at most " + TableFile.MAX_ROWS + " rows")));
            }
            List<List<String>> records = new ArrayList<>();
            for (int index = 0; index <= sheet.getLastRowNum(); index++) {
                Row row = sheet.getRow(index);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int column = 0; column < Math.min(Math.max(row.getLastCellNum(), 0), TableFile.MAX_COLUMNS + 1); column++) {
                        Cell cell = row.getCell(column);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                // a spreadsheet's row number is its index + 1, blank rows included, as TableFile counts records
                records.add(cells);
            }
            return records;
        } catch (ApiException refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new ApiException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "not a readable XLSX file");
        }
    }

    static byte[] writeXlsx(List<String> headers, List<List<Object>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Switchboard");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int column = 0; column < headers.size(); column++) {
                Cell cell = header.createCell(column);
                cell.setCellValue(headers.get(column));
                cell.setCellStyle(bold);
            }
            for (int index = 0; index < rows.size(); index++) {
                Row row = sheet.createRow(index + 1);
                List<Object> values = rows.get(index);
                for (int column = 0; column < values.size(); column++) {
                    Object value = values.get(column);
                    Cell cell = row.createCell(column);
                    // text cells are never evaluated, whatever they start with
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
