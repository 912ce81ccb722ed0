package dev.switchboard.shared.tickets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.switchboard.shared.json.Json;
import dev.switchboard.shared.tickets.sync.TicketMutation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A ticket change read as a JSON merge patch: absent stays, null clears, and it writes back the same way. */
class TicketPatchTest {

    @Test
    void anAbsentFieldStaysAndANullOneIsCleared() throws Exception {
        TicketPatch patch = Json.mapper().readValue("{\"version\":3,\"assigneeId\":null,\"groupId\":7,\"tags\":[\"a\"]}", TicketPatch.class);
        assertThat(patch.assigneeId()).isEqualTo(Optional.empty());
        assertThat(patch.groupId()).isEqualTo(Optional.of(7L));
        assertThat(patch.categoryId()).as("absent").isNull();
        assertThat(patch.parentId()).isNull();
        assertThat(patch.named()).containsExactly("assigneeId", "groupId", "tags");
        assertThat(Json.mapper().writeValueAsString(patch)).isEqualTo("{\"version\":3,\"assigneeId\":null,\"groupId\":7,\"tags\":[\"a\"]}");
    }

    @Test
    void aPatchInsideAnotherBodyReadsTheSameAndNullsStillClear() throws Exception {
        // a synced outbox entry carries its patch inside (shared/.../tickets/sync/TicketMutation)
        TicketMutation entry = Json.mapper().readValue("{\"mutationId\":1,\"kind\":\"PATCH\",\"ticketId\":3,"
                + "\"patch\":{\"version\":2,\"assigneeId\":null,\"status\":\"open\"},\"madeAt\":\"2026-12-07T10:00:00Z\"}", TicketMutation.class);
        assertThat(entry.patch().version()).isEqualTo(2);
        assertThat(entry.patch().assigneeId()).isEqualTo(Optional.empty());
        assertThat(entry.patch().named()).containsExactly("status", "assigneeId");
        assertThat(entry.ticketId()).as("what follows the patch is read too").isEqualTo(3);
        assertThat(entry.madeAt()).isEqualTo(java.time.Instant.parse("2026-12-07T10:00:00Z"));
    }

    @Test
    void unknownFieldsAndWrongTypesNameTheField() {
        assertThatThrownBy(() -> Json.mapper().readValue("{\"version\":1,\"colour\":\"red\"}", TicketPatch.class))
                .isInstanceOf(UnrecognizedPropertyException.class)
                .satisfies(e -> assertThat(((UnrecognizedPropertyException) e).getPropertyName()).isEqualTo("colour"));
        assertThatThrownBy(() -> Json.mapper().readValue("{\"version\":1,\"priority\":\"MEH\"}", TicketPatch.class))
                .isInstanceOf(InvalidFormatException.class)
                .satisfies(e -> assertThat(((InvalidFormatException) e).getPath().get(0).getFieldName()).isEqualTo("priority"));
    }

    @Test
    void statusesNeverGoBackToNewAndCloseOnlyWhenSolved() {
        assertThat(StatusKind.NEW.canMoveTo(StatusKind.CLOSED)).isFalse();
        assertThat(StatusKind.OPEN.canMoveTo(StatusKind.CLOSED)).isFalse();
        assertThat(StatusKind.SOLVED.canMoveTo(StatusKind.CLOSED)).isTrue();
        assertThat(StatusKind.SOLVED.canMoveTo(StatusKind.OPEN)).as("reopened").isTrue();
        assertThat(List.of(StatusKind.values())).noneMatch(kind -> kind.canMoveTo(StatusKind.NEW));
        assertThat(List.of(StatusKind.values())).noneMatch(StatusKind.CLOSED::canMoveTo);
        assertThat(StatusKind.WAITING.canMoveTo(StatusKind.WAITING)).as("pending to on hold").isTrue();
    }

    @Test
    void aRequesterNeedsAContactAndWellFormedOnes() {
        assertThat(TicketRules.check(NewTicket.of("Hi", null, new RequesterInput("Li", null, " ", null))))
                .extracting(error -> error.field()).containsExactly("requester");
        assertThat(TicketRules.check(NewTicket.of("Hi", null, new RequesterInput(null, "not-mail", "12", "v"))))
                .extracting(error -> error.field()).containsExactly("requester.email", "requester.phone");
        assertThat(TicketRules.check(NewTicket.of("Hi", null, new RequesterInput(null, "li@example.cn", "+86 (10) 1234-5678", null)))).isEmpty();
        assertThat(TicketRules.normalizedPhone("+86 (10) 1234-5678")).isEqualTo("+861012345678");
        assertThat(TicketRules.normalizedTags(List.of(" VIP ", "vip", "退款"))).containsExactly("vip", "退款");
    }

    /** A sync push carries patches inside mutations: reading one nested must not read past its own object. */
    @Test
    void aPatchInsideAMutationIsRead() throws Exception {
        var mutation = Json.mapper().readValue("{\"mutationId\":4,\"kind\":\"PATCH\",\"ticketId\":9,"
                + "\"patch\":{\"version\":2,\"groupId\":null},\"madeAt\":\"2026-12-07T08:00:00Z\"}",
                dev.switchboard.shared.tickets.sync.TicketMutation.class);
        assertThat(mutation.patch().version()).isEqualTo(2L);
        assertThat(mutation.patch().groupId()).isEqualTo(Optional.empty());
        assertThat(mutation.madeAt()).isNotNull();
    }
}
