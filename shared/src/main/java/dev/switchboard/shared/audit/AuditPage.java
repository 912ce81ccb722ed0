package dev.switchboard.shared.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One page of the audit log, newest first; the next is asked for with {@code before=nextBefore} (null: the last page). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditPage(List<AuditEntry> entries, Long nextBefore) {

    public AuditPage {
        entries = List.copyOf(entries);
    }
}
