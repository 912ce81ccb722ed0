package dev.switchboard.server.agents;

import dev.switchboard.server.audit.AuditLog;
import dev.switchboard.server.auth.AuthService;
import dev.switchboard.server.auth.PasswordHasher;
import dev.switchboard.server.auth.PasswordPolicy;
import dev.switchboard.server.auth.Principal;
import dev.switchboard.server.infra.ApiException;
import dev.switchboard.server.infra.TableFile;
import dev.switchboard.server.sync.ChangeLog;
import dev.switchboard.shared.agents.Agent;
import dev.switchboard.shared.agents.Group;
import dev.switchboard.shared.agents.Role;
import dev.switchboard.shared.imports.ImportColumns;
import dev.switchboard.shared.imports.ImportReport;
import dev.switchboard.shared.imports.ImportRow;
import dev.switchboard.shared.problem.FieldError;
import dev.switchboard.shared.problem.ProblemType;
import dev.switchboard.shared.sync.ChangeOp;
import dev.switchboard.shared.sync.EntityTypes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts from and to a spreadsheet, for administrators. An import first reads every row
 * ({@link AccountImportRows}) and answers what each would do; only without a single error, and
 * only when asked to write, it writes every row in one transaction (synced and audited per
 * account), having checked again inside it that nothing changed since the rows were read.
 */
public final class AgentImport {

    private static final Logger LOG = LoggerFactory.getLogger(AgentImport.class);

    private final Jdbi jdbi;
    private final ChangeLog changeLog;
    private final AuditLog audit;
    private final PasswordHasher hasher;
    private final PasswordPolicy passwords;
    private final AuthService auth;
    private final AgentStore agents = new AgentStore();
    private final GroupStore groups = new GroupStore();

    AgentImport(Jdbi jdbi, ChangeLog changeLog, AuditLog audit, PasswordHasher hasher, PasswordPolicy passwords, AuthService auth) {
        this.jdbi = jdbi;
        this.changeLog = changeLog;
        this.audit = audit;
        this.hasher = hasher;
        this.passwords = passwords;
        this.auth = auth;
    }

    /** What the file's rows do; with {@code dryRun} false also writes them, or answers 400 naming every error and writes nothing. */
    public ImportReport importFile(Principal caller, Supplier<TableFile> file, boolean dryRun) {
        caller.require(Role.ADMIN);
        // read only after the role check: whoever may not import learns nothing about their file
        TableFile table = file.get();
        table.requireColumns(ImportColumns.ACCOUNTS, ImportColumns.ACCOUNTS_REQUIRED);
        List<AccountImportRows.Plan> plans = jdbi.withHandle(handle -> plan(handle, caller, table));
        List<ImportRow> rows = plans.stream().map(AccountImportRows.Plan::report).toList();
        ImportReport report = ImportReport.of(false, rows);
        if (dryRun) {
            return report;
        }
        if (report.hasErrors()) {
            throw ApiException.invalid(report.rejected() + " rows have errors; nothing was written", rowErrors(rows));
        }
        // hashed before the transaction: bcrypt takes its time, the change log's lock must not wait for it
        Map<Integer, String> hashes = new HashMap<>();
        plans.stream().filter(plan -> plan.create() != null)
                .forEach(plan -> hashes.put(plan.report().row(), hasher.hash(plan.create().password())));
        List<AccountImportRows.Plan> written = changeLog.write(tx -> {
            List<AccountImportRows.Plan> now = plan(tx.handle(), caller, table);
            if (!now.stream().map(AccountImportRows.Plan::report).toList().equals(rows)) {
                throw new ApiException(ProblemType.CONFLICT, "accounts or groups changed since the file was read: preview it again");
            }
            for (AccountImportRows.Plan plan : now) {
                write(tx, caller, plan, hashes.get(plan.report().row()));
            }
            return now;
        });
        LOG.info("accounts imported by {}: {} created, {} updated", caller.login(), report.created(), report.updated());
        for (AccountImportRows.Plan plan : written) {
            if (plan.changed() != null && plan.report().changes().contains("enabled") && !plan.changed().enabled()) {
                auth.revokeAllOf(plan.changed().id(), "account disabled");
            }
            if (plan.accessChanged()) {
                auth.accountChanged(plan.changed().id());
            }
        }
        return ImportReport.of(true, rows);
    }

    /** Every account, without credentials, in the columns an import reads. */
    public byte[] export(Principal caller, TableFile.Format format) {
        caller.require(Role.ADMIN);
        return jdbi.withHandle(handle -> {
            Map<Long, String> names = groupNames(handle);
            List<List<Object>> rows = new ArrayList<>();
            for (Agent agent : agents.all(handle).stream().sorted(Comparator.comparing(Agent::login)).toList()) {
                String memberOf = agent.groupIds().stream().map(names::get).sorted()
                        .collect(Collectors.joining(ImportColumns.GROUP_SEPARATOR));
                rows.add(List.of(agent.login(), agent.displayName(), agent.role().name(), memberOf, agent.maxChats(),
                        Boolean.toString(agent.enabled())));
            }
            return TableFile.write(format, ImportColumns.ACCOUNTS.subList(0, ImportColumns.ACCOUNTS.size() - 1), rows);
        });
    }

    private List<AccountImportRows.Plan> plan(Handle handle, Principal caller, TableFile table) {
        return new AccountImportRows(caller, passwords, agents.all(handle), groupNames(handle)).plan(table);
    }

    private Map<Long, String> groupNames(Handle handle) {
        return groups.all(handle).stream().collect(Collectors.toMap(Group::id, Group::name));
    }

    private void write(ChangeLog.Tx tx, Principal caller, AccountImportRows.Plan plan, String hash) {
        Handle handle = tx.handle();
        long id;
        String detail;
        if (plan.create() != null) {
            var create = plan.create();
            int maxChats = create.maxChats() == null ? AgentService.DEFAULT_MAX_CHATS : create.maxChats();
            id = agents.insert(handle, create.login(), create.displayName().strip(), hash, create.role(), maxChats, tx.now());
            GroupVersion.raiseAll(tx, agents.replaceGroups(handle, id, create.groupIds() == null ? List.of() : create.groupIds()));
            if (plan.createDisabled()) {
                Agent created = agents.find(handle, id).orElseThrow();
                agents.update(handle, new Agent(id, created.login(), created.displayName(), created.role(), created.groupIds(),
                        created.skills(), created.maxChats(), created.status(), false, created.version(), null));
            }
            detail = "created by import as " + create.role();
        } else if (plan.changed() != null) {
            id = plan.changed().id();
            GroupVersion.raiseAll(tx, agents.replaceGroups(handle, id, plan.changed().groupIds()));
            agents.update(handle, plan.changed());
            detail = "changed by import: " + String.join(", ", plan.report().changes());
        } else {
            return;
        }
        tx.record(EntityTypes.AGENT, Long.toString(id), ChangeOp.UPSERT, agents.find(handle, id).orElseThrow());
        audit.record(handle, caller.agentId(), "agent.import", "agent:" + id, detail);
    }

    /** Each row's errors as "row N: column", for a refused write. */
    static List<FieldError> rowErrors(List<ImportRow> rows) {
        return rows.stream().flatMap(row -> row.errors().stream().map(error -> error.inRow(row.row()))).toList();
    }
}
