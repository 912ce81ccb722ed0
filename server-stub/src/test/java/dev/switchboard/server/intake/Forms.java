package dev.switchboard.server.intake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.shared.tickets.Ticket;
import dev.switchboard.shared.tickets.TicketField;
import dev.switchboard.shared.tickets.TicketPage;
import dev.switchboard.shared.tickets.forms.WebForm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The setup web form tests share: custom fields of the Inquiry category of every type, a form
 * {@code support} asking them (group Pre-sales), and reading back what was stored.
 */
final class Forms {

    static final long INQUIRY = 1;
    static final long COMPLAINT = 2;
    static final long PRESALES = 1;
    /** The smallest PNG: a real picture by its content. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final ApiClient api;
    private final String admin;

    Forms(ApiClient api, String admin) {
        this.api = api;
        this.admin = admin;
    }

    /** Fields of every type for Inquiry (product and quantity required), one for Complaint, and the form {@code key} asking Inquiry's. */
    WebForm setUp(String key) {
        field("product", "Product", "产品", "DROPDOWN", List.of("A1", "A3"), true, INQUIRY);
        field("quantity", "Quantity", "数量", "NUMBER", null, true, INQUIRY);
        field("order_number", "Order number", "订单号", "TEXT", null, false, INQUIRY);
        field("purchase_date", "Purchase date", "购买日期", "DATE", null, false, INQUIRY);
        field("colours", "Colours", "颜色", "MULTI_SELECT", List.of("white", "black"), false, INQUIRY);
        field("gift", "Gift", "礼品", "CHECKBOX", null, false, INQUIRY);
        field("complaint_code", "Complaint code", "投诉编号", "TEXT", null, false, COMPLAINT);
        return form(key, List.of("product", "quantity", "order_number", "purchase_date", "colours", "gift"));
    }

    WebForm form(String key, List<String> fieldKeys) {
        ApiResponse made = api.post("/api/v1/web-forms", admin, body("key", key, "site", "default", "title", "Aurora <b>support</b>",
                "categoryId", INQUIRY, "fieldKeys", fieldKeys, "groupId", PRESALES));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.as(WebForm.class);
    }

    TicketField field(String key, String name, String nameZh, String type, List<String> options, boolean required, long categoryId) {
        ApiResponse made = api.post("/api/v1/ticket-fields", admin, body("key", key, "name", name, "nameZh", nameZh, "type", type,
                "options", options, "required", required, "categoryId", categoryId));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        return made.as(TicketField.class);
    }

    /** A submission every check accepts; tests change one thing in it. */
    static Map<String, Object> valid() {
        return body("name", "Li Lei", "email", "li.lei@example.com", "subject", "Filter for my A3",
                "description", "Which filter fits?", "customFields", new LinkedHashMap<>(Map.of("product", "A3", "quantity", 2)));
    }

    static Map<String, Object> file(String name, byte[] content) {
        return body("name", name, "content", Base64.getEncoder().encodeToString(content));
    }

    /** Every ticket there is, as the administrator sees them. */
    List<Ticket> tickets() {
        ApiResponse listed = api.get("/api/v1/tickets?limit=100", admin);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.as(TicketPage.class).tickets();
    }

    Ticket byNumber(String number) {
        return tickets().stream().filter(ticket -> ticket.number().equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError("no ticket " + number));
    }

    /** The files of the data folder's ticket attachments, finished or not. */
    static List<Path> storedFiles(Path dataDir) {
        Path folder = dataDir.resolve("ticket-attachments");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }
}
