package dev.switchboard.server.canned;

import static dev.switchboard.server.testing.SpreadsheetUploads.csv;
import static dev.switchboard.server.testing.SpreadsheetUploads.download;
import static dev.switchboard.server.testing.SpreadsheetUploads.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.switchboard.server.testing.ApiClient;
import dev.switchboard.server.testing.ApiResponse;
import dev.switchboard.server.testing.BackendExtension;
import dev.switchboard.shared.chat.CannedReply;
import dev.switchboard.shared.imports.ImportAction;
import dev.switchboard.shared.imports.ImportError;
import dev.switchboard.shared.imports.ImportErrorCode;
import dev.switchboard.shared.imports.ImportReport;
import dev.switchboard.shared.imports.ImportRow;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Supervisors import their groups' canned replies and their own, administrators every group's; exports import again unchanged. */
class CannedReplyImportTest {

    @RegisterExtension
    static final BackendExtension backend = BackendExtension.perTest();
    final ApiClient api = backend.api();
    final String admin = backend.token("admin");
    final String carol = backend.token("carol");

    @Test
    void aSupervisorFillsHerGroupsAndHerOwnRepliesButNoOtherGroup() {
        List<CannedReply> before = replies(carol);
        ApiResponse billing = api.post("/api/v1/groups", admin, Map.of("name", "Billing"));
        assertThat(billing.status()).isEqualTo(201);
        byte[] file = csv(StandardCharsets.UTF_8, false,
                "group,shortcut,title,body,category",
                "VIP,vip-hi,VIP greeting,\"Dear {visitor.name},\nwelcome back.\",Greetings",
                ",my-sign,My signature,Best regards / 此致,",
                "Billing,bill,Billing,About your invoice,",
                "VIP,vip-hi,Twice,Again,",
                "VIP,bad shortcut,,x,");

        ImportReport preview = upload(api.baseUrl(), "/api/v1/canned-replies/import?dryRun=false", carol, file).status() == 400
                ? upload(api.baseUrl(), "/api/v1/canned-replies/import?dryRun=true", carol, file).as(ImportReport.class) : null;
        assertThat(preview).as("a file with errors is refused").isNotNull();
        assertThat(preview.rows()).extracting(ImportRow::action)
                .containsExactly(ImportAction.CREATE, ImportAction.CREATE, ImportAction.ERROR, ImportAction.ERROR, ImportAction.ERROR);
        assertThat(preview.rows().get(2).errors().get(0).field()).isEqualTo("group");
        assertThat(preview.rows().get(3).errors().get(0).message()).isEqualTo("also in row 2");
        assertThat(preview.rows().get(4).errors()).extracting(error -> error.field()).containsExactlyInAnyOrder("shortcut", "title");
        assertThat(preview.rows().get(2).errors()).extracting(ImportError::code).containsExactly(ImportErrorCode.NOT_YOUR_GROUP);
        assertThat(preview.rows().get(3).errors()).extracting(ImportError::code, ImportError::params)
                .containsExactly(tuple(ImportErrorCode.ALSO_IN_ROW, Map.of("row", "2")));
        assertThat(preview.rows().get(4).errors()).extracting(ImportError::code, ImportError::params).containsExactlyInAnyOrder(
                tuple(ImportErrorCode.SHORTCUT_FORMAT, Map.of("max", "40")), tuple(ImportErrorCode.TITLE_LENGTH, Map.of("max", "100")));
        assertThat(replies(carol)).as("nothing written").isEqualTo(before);

        byte[] good = csv(StandardCharsets.UTF_8, false,
                "group,shortcut,title,body,category",
                "VIP,vip-hi,VIP greeting,\"Dear {visitor.name},\nwelcome back.\",Greetings",
                ",my-sign,My signature,Best regards / 此致,");
        ImportReport written = upload(api.baseUrl(), "/api/v1/canned-replies/import?dryRun=false", carol, good).as(ImportReport.class);
        assertThat(written.written()).isTrue();
        assertThat(replies(carol)).hasSize(before.size() + 2).extracting(CannedReply::shortcut).contains("vip-hi", "my-sign");
        assertThat(replies(backend.token("alice"))).as("alice is in VIP, and my-sign is carol's own")
                .filteredOn(reply -> reply.shortcut().equals("vip-hi") || reply.shortcut().equals("my-sign"))
                .singleElement().satisfies(reply -> assertThat(reply.body()).isEqualTo("Dear {visitor.name},\nwelcome back."));

        ImportReport changed = upload(api.baseUrl(), "/api/v1/canned-replies/import?dryRun=false", carol, csv(StandardCharsets.UTF_8, false,
                "shortcut,group,title,body", "vip-hi,VIP,VIP greeting,Welcome back!")).as(ImportReport.class);
        assertThat(changed.rows().get(0).action()).isEqualTo(ImportAction.UPDATE);
        assertThat(changed.rows().get(0).changes()).containsExactly("body", "category");
    }

    @Test
    void exportsHoldWhatTheCallerMayEditAndImportAgainUnchanged() {
        api.post("/api/v1/canned-replies", carol, Map.of("groupId", 1, "shortcut", "presales", "title", "Pre-sales", "body", "-5% today"));
        api.post("/api/v1/canned-replies", backend.token("alice"), Map.of("shortcut", "alices", "title", "Alice's own", "body", "mine"));
        api.post("/api/v1/canned-replies", admin, Map.of("shortcut", "admins", "title", "Admin's own", "body", "@all of you"));

        String carols = new String(download(api.baseUrl(), "/api/v1/canned-replies/export?format=csv", carol), StandardCharsets.UTF_8);
        assertThat(carols).contains("presales", "'-5% today").doesNotContain("alices", "admins");
        byte[] admins = download(api.baseUrl(), "/api/v1/canned-replies/export?format=xlsx", admin);
        ImportReport again = upload(api.baseUrl(), "/api/v1/canned-replies/import", admin, admins).as(ImportReport.class);
        assertThat(again.rows()).extracting(ImportRow::key).contains("/admins", "售前 Pre-sales/presales").doesNotContain("/alices");
        assertThat(again.rows()).allSatisfy(row -> assertThat(row.action()).isEqualTo(ImportAction.UNCHANGED));
        ImportReport carolsAgain = upload(api.baseUrl(), "/api/v1/canned-replies/import",
                carol, download(api.baseUrl(), "/api/v1/canned-replies/export?format=csv", carol)).as(ImportReport.class);
        assertThat(carolsAgain.rows()).isNotEmpty().allSatisfy(row -> assertThat(row.action()).isEqualTo(ImportAction.UNCHANGED));
    }

    private List<CannedReply> replies(String token) {
        return Arrays.asList(api.get("/api/v1/canned-replies", token).as(CannedReply[].class));
    }
}
