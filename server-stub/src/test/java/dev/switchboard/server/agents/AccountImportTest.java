package dev.switchboard.server.agents;

import static dev.switchboard.server.testing.SpreadsheetUploads.csv;
import static dev.switchboard.server.testing.SpreadsheetUploads.download;
import static dev.switchboard.server.testing.SpreadsheetUploads.upload;
import static dev.switchboard.server.testing.SpreadsheetUploads.xlsx;
import static org.assertj.core.api.Assertions.assertThat;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.imports.ImportAction;
import dev.switchboard.shared.imports.ImportError;
import dev.switchboard.shared.imports.ImportErrorCode;
import dev.switchboard.shared.imports.ImportReport;
import dev.switchboard.shared.imports.ImportRow;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Administrators import accounts from CSV and XLSX (previewed row by row, written all or nothing) and export them. */
class AccountImportTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");

    @Test
    void everyBadRowIsNamedWithItsColumnsAndNothingIsWritten() {
        byte[] file = csv(StandardCharsets.UTF_8, false,
                "login,displayName,role,groups,maxChats,enabled,password",
                "dora,Dora 多拉,AGENT,VIP,3,true,a long enough passphrase",
                "Bad Login,Someone,AGENT,,,,a long enough passphrase",
                "dora,Dora again,AGENT,,,,a long enough passphrase",
                "erin,Erin,BOSS,No such group,many,perhaps,short",
                "alice,Alice Wang,,,,,",
                "bob,,,,,,a new password for bob",
                "admin,,AGENT,,,,");

        ImportReport preview = upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=true", admin, file).as(ImportReport.class);
        assertThat(preview.written()).isFalse();
        Map<Integer, ImportRow> rows = preview.rows().stream().collect(Collectors.toMap(ImportRow::row, row -> row));
        assertThat(rows.get(2).action()).isEqualTo(ImportAction.CREATE);
        assertThat(fields(rows.get(3))).containsExactly("login");
        assertThat(fields(rows.get(4))).as("a login twice in the file").containsExactly("login");
        assertThat(rows.get(4).errors().get(0).message()).isEqualTo("also in row 2");
        assertThat(fields(rows.get(5))).containsExactlyInAnyOrder("role", "groups", "maxChats", "enabled", "password");
        assertThat(rows.get(6).action()).isEqualTo(ImportAction.UPDATE);
        assertThat(rows.get(6).changes()).containsExactly("displayName");
        assertThat(fields(rows.get(7))).as("an existing account's password is not set by a file").containsExactly("password");
        assertThat(fields(rows.get(8))).as("the admin importing cannot demote themselves").containsExactly("role");
        assertThat(preview.created()).isEqualTo(1);
        assertThat(preview.updated()).isEqualTo(1);
        assertThat(preview.rejected()).isEqualTo(5);
        // each error also as a code with its parameters, for the workstation to word in its language
        assertThat(codes(rows.get(3))).containsExactly(ImportErrorCode.LOGIN_FORMAT);
        assertThat(codes(rows.get(4))).containsExactly(ImportErrorCode.ALSO_IN_ROW);
        assertThat(rows.get(4).errors().get(0).params()).containsExactly(Map.entry("row", "2"));
        assertThat(codes(rows.get(5))).containsExactlyInAnyOrder(ImportErrorCode.ROLE_UNKNOWN, ImportErrorCode.NO_SUCH_GROUP,
                ImportErrorCode.MAX_CHATS_RANGE, ImportErrorCode.NOT_TRUE_OR_FALSE, ImportErrorCode.PASSWORD_TOO_SHORT);
        assertThat(rows.get(5).errors()).filteredOn(error -> error.field().equals("groups"))
                .singleElement().satisfies(error -> assertThat(error.params()).containsEntry("names", "No such group"));
        assertThat(rows.get(5).errors()).filteredOn(error -> error.field().equals("password"))
                .singleElement().satisfies(error -> assertThat(error.params()).containsEntry("min", "12"));
        assertThat(codes(rows.get(7))).containsExactly(ImportErrorCode.PASSWORD_OF_EXISTING_ACCOUNT);
        assertThat(codes(rows.get(8))).containsExactly(ImportErrorCode.OWN_ACCOUNT);
        assertThat(upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=true", admin, file).json()
                .path("rows").get(2).path("errors").get(0).path("code").asText()).as("on the wire: row 4").isEqualTo("ALSO_IN_ROW");

        ApiResponse refused = upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=false", admin, file);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.isProblem()).isTrue();
        assertThat(refused.json().path("errors").findValuesAsText("field")).contains("row 3: login", "row 5: role", "row 8: role");
        assertThat(logins()).doesNotContain("dora");
        assertThat(agent("alice").displayName()).as("the good rows are not written either").isEqualTo("Alice 王丽");
    }

    @Test
    void aGoodFileIsWrittenWholeAndTheNewAgentsSignIn() {
        long vip = groupId("VIP");
        byte[] file = csv(StandardCharsets.UTF_8, true,
                "login,displayName,role,groups,maxChats,password,enabled",
                "dora,Dora 多拉,SUPERVISOR,VIP; 售前 Pre-sales,3,a long enough passphrase,",
                "erin,\"Erin, the night shift\",,,,another long passphrase,false",
                "",
                "bob,Bob Zhang,,VIP,7,,");

        ImportReport written = upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=false", admin, file).as(ImportReport.class);

        assertThat(written.written()).isTrue();
        assertThat(written.rows()).extracting(ImportRow::row).as("blank lines are skipped, numbers stay the file's").containsExactly(2, 3, 5);
        Agent dora = agent("dora");
        assertThat(dora.displayName()).isEqualTo("Dora 多拉");
        assertThat(dora.role().name()).isEqualTo("SUPERVISOR");
        assertThat(dora.groupIds()).containsExactlyInAnyOrder(vip, groupId("售前 Pre-sales"));
        assertThat(dora.maxChats()).isEqualTo(3);
        assertThat(agent("erin").enabled()).isFalse();
        assertThat(agent("erin").role().name()).isEqualTo("AGENT");
        assertThat(agent("bob").groupIds()).containsExactly(vip);
        assertThat(agent("bob").maxChats()).isEqualTo(7);
        assertThat(api.login("dora", "a long enough passphrase").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/audit/search?action=agent.import", admin).json().path("entries").size()).isEqualTo(3);
    }

    @Test
    void chineseExcelCsvInGb18030AndXlsxAreReadAsWell() {
        // as Excel saves it on Chinese Windows, empty columns after the last one included
        ImportReport gb = upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=false", admin, csv(Charset.forName("GB18030"), false,
                "login,displayName,,", "alice,王丽（晚班）,,")).as(ImportReport.class);
        assertThat(gb.written()).isTrue();
        assertThat(agent("alice").displayName()).isEqualTo("王丽（晚班）");

        byte[] workbook = xlsx(List.of(List.of("login", "displayName", "maxChats", "password"),
                List.of("frank", "Frank 方", "4", "yet another passphrase")));
        ImportReport fromXlsx = upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=false", admin, workbook).as(ImportReport.class);
        assertThat(fromXlsx.created()).isEqualTo(1);
        assertThat(agent("frank").maxChats()).isEqualTo(4);
    }

    @Test
    void anExportImportsAgainUnchangedInBothFormats() {
        upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=false", admin, csv(StandardCharsets.UTF_8, false,
                "login,displayName", "bob,=HYPERLINK(\"http://evil\")"));
        byte[] exported = download(backend.api().baseUrl(), "/api/v1/agents/export?format=csv", admin);
        String text = new String(exported, StandardCharsets.UTF_8);
        assertThat(text).as("a byte order mark for Excel").startsWith("\uFEFFlogin,displayName,role,groups,maxChats,enabled");
        assertThat(text).as("a formula is quoted as text").contains("'=HYPERLINK");
        assertThat(text).contains("alice,Alice 王丽,AGENT,VIP; 售前 Pre-sales,5,true");

        for (byte[] file : List.of(exported, download(backend.api().baseUrl(), "/api/v1/agents/export?format=xlsx", admin))) {
            ImportReport again = upload(backend.api().baseUrl(), "/api/v1/agents/import", admin, file).as(ImportReport.class);
            assertThat(again.rows()).hasSize(4).allSatisfy(row -> assertThat(row.action()).as(row.toString()).isEqualTo(ImportAction.UNCHANGED));
        }
        assertThat(agent("bob").displayName()).isEqualTo("=HYPERLINK(\"http://evil\")");
    }

    @Test
    void whatIsNoSpreadsheetOrTooLargeOrHasAnUnknownHeaderIsRefusedAsAWhole() {
        String path = "/api/v1/agents/import?dryRun=true";
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
        assertThat(upload(backend.api().baseUrl(), path, admin, png).status()).isEqualTo(415);
        byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThat(upload(backend.api().baseUrl(), path, admin, xls).status()).isEqualTo(415);
        byte[] brokenZip = {'P', 'K', 3, 4, 1, 2, 3};
        assertThat(upload(backend.api().baseUrl(), path, admin, brokenZip).status()).isEqualTo(415);
        byte[] notUtf8 = {'l', 'o', 'g', 'i', 'n', '\n', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        assertThat(upload(backend.api().baseUrl(), path, admin, notUtf8).status()).isEqualTo(415);
        byte[] large = new byte[1024 * 1024 + 1];
        Arrays.fill(large, (byte) 'a');
        assertThat(upload(backend.api().baseUrl(), path, admin, large).status()).isEqualTo(413);

        ApiResponse unknown = upload(backend.api().baseUrl(), path, admin, csv(StandardCharsets.UTF_8, false, "login,nickname", "alice,Al"));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().path("errors").findValuesAsText("field")).containsExactly("nickname");
        ApiResponse noLogin = upload(backend.api().baseUrl(), path, admin, csv(StandardCharsets.UTF_8, false, "displayName", "Al"));
        assertThat(noLogin.json().path("errors").findValuesAsText("field")).containsExactly("login");
        assertThat(upload(backend.api().baseUrl(), path, admin, new byte[0]).status()).isEqualTo(400);
        assertThat(upload(backend.api().baseUrl(), "/api/v1/agents/import?dryRun=maybe", admin, csv(StandardCharsets.UTF_8, false, "login"))
                .status()).isEqualTo(400);
        assertThat(api.get("/api/v1/agents/export?format=pdf", admin).status()).isEqualTo(400);
        assertThat(upload(backend.api().baseUrl(), path, backend.token("carol"), png).status()).as("the role before the file").isEqualTo(403);
    }

    private static List<String> fields(ImportRow row) {
        assertThat(row.action()).as("row %d", row.row()).isEqualTo(ImportAction.ERROR);
        return row.errors().stream().map(ImportError::field).toList();
    }

    private static List<ImportErrorCode> codes(ImportRow row) {
        return row.errors().stream().map(ImportError::code).toList();
    }

    private List<String> logins() {
        return Arrays.stream(api.get("/api/v1/agents", admin).as(Agent[].class)).map(Agent::login).toList();
    }

    private Agent agent(String login) {
        return Arrays.stream(api.get("/api/v1/agents", admin).as(Agent[].class)).filter(agent -> agent.login().equals(login))
                .findFirst().orElseThrow();
    }

    private long groupId(String name) {
        for (var group : api.get("/api/v1/groups", admin).json()) {
            if (group.path("name").asText().equals(name)) {
                return group.path("id").asLong();
            }
        }
        throw new AssertionError("no group " + name);
    }
}
