package dev.switchboard.server.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Files as administrators upload them (CSV in any encoding, XLSX made with POI) and downloads of exports, as bytes. */
public final class SpreadsheetUploads {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private SpreadsheetUploads() {
    }

    /** The lines joined by CRLF in {@code charset}, after a UTF-8 byte order mark when {@code bom}. */
    public static byte[] csv(Charset charset, boolean bom, String... lines) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (bom) {
            out.writeBytes(BOM);
        }
        out.writeBytes((String.join("\r\n", lines) + "\r\n").getBytes(charset));
        return out.toByteArray();
    }

    /** A workbook whose first sheet holds {@code rows} as text cells, the header first. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Sheet1");
            for (int i = 0; i < rows.size(); i++) {
                Row row = sheet.createRow(i);
                for (int column = 0; column < rows.get(i).size(); column++) {
                    row.createCell(column).setCellValue(rows.get(i).get(column));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code POST} of {@code file} as the body, as the workstation sends it. */
    public static ApiResponse upload(String baseUrl, String path, String token, byte[] file) {
        Request request = new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer " + token)
                .post(RequestBody.create(file, MediaType.get("application/octet-stream"))).build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            return new ApiResponse(response.code(), response.header("Content-Type"), response.body().string(), response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The body of a {@code GET} as bytes; fails the test unless it answers 200. */
    public static byte[] download(String baseUrl, String path, String token) {
        Request request = new Request.Builder().url(baseUrl + path).header("Authorization", "Bearer " + token).get().build();
        try (Response response = ApiClient.http().newCall(request).execute()) {
            byte[] body = response.body().bytes();
            if (response.code() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.code() + ": " + new String(body, Charset.defaultCharset()));
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
