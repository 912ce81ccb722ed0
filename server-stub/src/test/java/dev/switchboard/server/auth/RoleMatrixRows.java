package dev.switchboard.server.auth;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The rows of {@link RoleMatrixTest} for HTTP: every endpoint with the status each role gets. A
 * body written in capitals (e.g. {@code NEW_GROUP}) is a placeholder the test makes unique per call.
 */
final class RoleMatrixRows {

    private RoleMatrixRows() {
    }

    /**
     * method (or {@code WS} for a WebSocket upgrade: 101 when accepted), path, body, and the
     * expected status for: nobody, AGENT, SUPERVISOR, ADMIN.
     */
    static Stream<Arguments> matrix() {
        return Stream.of(
                row("GET", "/api/v1/health", null, 200, 200, 200, 200),
                row("GET", "/api/v1/auth/me", null, 401, 200, 200, 200),
                row("GET", "/api/v1/agents", null, 401, 200, 200, 200),
                row("GET", "/api/v1/agents/2", null, 401, 200, 200, 200),
                row("POST", "/api/v1/agents", "NEW_AGENT", 401, 403, 403, 201),
                row("PATCH", "/api/v1/agents/2", "{\"maxChats\":6}", 401, 403, 403, 200),
                row("GET", "/api/v1/groups", null, 401, 200, 200, 200),
                row("GET", "/api/v1/groups/1", null, 401, 200, 200, 200),
                row("POST", "/api/v1/groups", "NEW_GROUP", 401, 403, 403, 201),
                row("PATCH", "/api/v1/groups/1", "{\"description\":\"changed\"}", 401, 403, 403, 200),
                row("GET", "/api/v1/sync?after=0", null, 401, 200, 200, 200),
                row("GET", "/api/v1/visitors", null, 401, 200, 200, 200),
                row("GET", "/api/v1/visitors/nobody", null, 401, 404, 404, 404),
                row("POST", "/api/v1/visitors/nobody/invitations", "{\"message\":\"hi\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/invitations/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/invitation-rules", null, 401, 403, 200, 200),
                row("POST", "/api/v1/invitation-rules", "NEW_RULE", 401, 403, 403, 201),
                row("PUT", "/api/v1/invitation-rules/999", "{\"name\":\"r\",\"site\":\"default\",\"groupId\":1,\"message\":\"Hi\",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/invitation-rules/999", null, 401, 403, 403, 404),
                row("POST", "/api/v1/blocks", "{\"visitorId\":\"nobody\",\"reason\":\"spam\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/blocks", null, 401, 403, 403, 200),
                row("POST", "/api/v1/blocks/999/lift", "", 401, 403, 403, 404),
                row("GET", "/api/v1/audit", null, 401, 403, 403, 200),
                row("GET", "/api/v1/audit/search?action=chat.", null, 401, 403, 403, 200),
                row("GET", "/api/v1/sites", null, 401, 403, 403, 200),
                row("PUT", "/api/v1/sites/default", "{\"name\":\"Aurora\"}", 401, 403, 403, 200),
                row("GET", "/api/v1/sites/default/prechat-form", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/sites/default/prechat-form", "{\"fields\":[]}", 401, 403, 403, 200),
                row("GET", "/api/v1/widget/config?site=default", null, 200, 200, 200, 200),
                row("GET", "/api/v1/conversations", null, 401, 200, 200, 200),
                row("GET", "/api/v1/canned-replies", null, 401, 200, 200, 200),
                row("POST", "/api/v1/canned-replies", "NEW_GROUP_REPLY", 401, 403, 201, 201),
                row("DELETE", "/api/v1/canned-replies/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/groups/1/chat-settings", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/groups/1/chat-settings", "{\"maxWaitSeconds\":300}", 401, 403, 200, 200),
                row("GET", "/api/v1/me/chat-preferences", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/me/chat-preferences", "{\"autoAccept\":true}", 401, 200, 200, 200),
                row("POST", "/api/v1/conversations/999/attachments", "x", 401, 404, 404, 404),
                row("GET", "/api/v1/attachments/AAAAAAAAAAAAAAAAAAAAAA", null, 401, 404, 404, 404),
                row("GET", "/api/v1/widget/attachments/AAAAAAAAAAAAAAAAAAAAAA", null, 401, 401, 401, 401),
                row("GET", "/api/v1/conversations/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/conversations/999/messages", null, 401, 404, 404, 404),
                row("POST", "/api/v1/conversations/999/messages", "{\"clientId\":\"x\",\"text\":\"hi\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/routing-rules", null, 401, 403, 200, 200),
                row("POST", "/api/v1/routing-rules", "NEW_ROUTING_RULE", 401, 403, 403, 201),
                row("PUT", "/api/v1/routing-rules/999", "{\"name\":\"r\",\"groupId\":1,\"language\":\"en\",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/routing-rules/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/routing-rules/order", "{\"ids\":[999,999]}", 401, 403, 403, 400),
                row("POST", "/api/v1/routing-rules/test", "{\"language\":\"en\"}", 401, 403, 200, 200),
                row("PUT", "/api/v1/groups/1/members/1/skill", "{\"skill\":6}", 401, 403, 200, 200),
                row("PUT", "/api/v1/visitors/nobody/level", "{\"level\":\"VIP\"}", 401, 404, 404, 404),
                row("POST", "/api/v1/auth/password", "{\"currentPassword\":\"not the password\",\"newPassword\":\"a brand new passphrase\"}",
                        401, 400, 400, 400),
                row("POST", "/api/v1/auth/logout", "", 401, 204, 204, 204),
                row("POST", "/api/v1/auth/login", "{\"login\":\"bob\",\"password\":\"switchboard\"}", 200, 200, 200, 200),
                row("PUT", "/api/v1/canned-replies/999", "{\"shortcut\":\"s\",\"title\":\"t\",\"body\":\"b\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/queue", null, 401, 200, 200, 200),
                // issue 11, chat history and wrap-up: agents see their own chats, supervisors their groups', admins all
                row("GET", "/api/v1/history", null, 401, 200, 200, 200),
                row("GET", "/api/v1/history/export", null, 401, 200, 200, 200),
                row("GET", "/api/v1/history/999", null, 401, 404, 404, 404),
                row("GET", "/api/v1/history/999/export", null, 401, 404, 404, 404),
                row("GET", "/api/v1/wrap-up/categories", null, 401, 200, 200, 200),
                row("POST", "/api/v1/wrap-up/categories", "{\"name\":\"Role matrix\"}", 401, 403, 403, 201),
                row("PUT", "/api/v1/wrap-up/categories/999", "{\"name\":\"x\",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/wrap-up/categories/999", null, 401, 403, 403, 404),
                row("GET", "/api/v1/groups/1/wrap-up", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/groups/1/wrap-up", "{\"mode\":\"OPTIONAL\",\"timeLimitSeconds\":120}", 401, 403, 200, 200),
                row("GET", "/api/v1/conversations/999/wrap-up", null, 401, 404, 404, 404),
                row("PUT", "/api/v1/conversations/999/wrap-up", "{\"categoryIds\":[]}", 401, 404, 404, 404),
                row("GET", "/api/v1/me/wrap-ups", null, 401, 200, 200, 200),
                // issue 11, automatic messages: business hours, the messages' settings, sensitive words
                row("GET", "/api/v1/business-hours", null, 401, 200, 200, 200),
                row("GET", "/api/v1/groups/999/business-hours", null, 401, 404, 404, 404),
                row("PUT", "/api/v1/groups/2/business-hours", "{\"timeZone\":\"UTC\",\"weekly\":[]}", 401, 403, 200, 200),
                row("DELETE", "/api/v1/groups/999/business-hours", null, 401, 403, 404, 404),
                row("GET", "/api/v1/sites/default/auto-messages", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/sites/default/auto-messages", "{}", 401, 403, 403, 200),
                row("GET", "/api/v1/groups/1/auto-messages", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/groups/1/auto-messages", "{}", 401, 403, 200, 200),
                row("GET", "/api/v1/sensitive-words", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/sensitive-words", "{\"agentMode\":\"CONFIRM\",\"words\":[]}", 401, 403, 403, 200),
                row("GET", "/api/v1/sensitive-word-flags", null, 401, 403, 200, 200),
                // internal chat between agents (issue 11): members only, whatever the role; unknown conversations are 404
                row("GET", "/api/v1/team/conversations", null, 401, 200, 200, 200),
                row("POST", "/api/v1/team/conversations", "{\"agentId\":999}", 401, 404, 404, 404),
                row("GET", "/api/v1/team/conversations/999/messages", null, 401, 404, 404, 404),
                row("POST", "/api/v1/team/conversations/999/messages", "{\"clientId\":\"x\",\"text\":\"hi\"}", 401, 404, 404, 404),
                // ad-hoc groups in the team chat (issue 11, workstation gaps): any agent makes one; members only change it
                row("POST", "/api/v1/team/groups", "{\"title\":\"x\",\"memberIds\":[999]}", 401, 400, 400, 400),
                row("PUT", "/api/v1/team/conversations/999/title", "{\"title\":\"x\"}", 401, 404, 404, 404),
                row("POST", "/api/v1/team/conversations/999/members", "{\"agentIds\":[]}", 401, 404, 404, 404),
                row("DELETE", "/api/v1/team/conversations/999/members/1", null, 401, 404, 404, 404),
                // the widget's own requests prove a visitor by headers; a bearer token counts for nothing there
                row("POST", "/api/v1/widget/attachments?conversationId=999&name=x", "x", 401, 401, 401, 401),
                row("OPTIONS", "/api/v1/widget/attachments", null, 204, 204, 204, 204),
                row("OPTIONS", "/api/v1/widget/attachments/AAAAAAAAAAAAAAAAAAAAAA", null, 204, 204, 204, 204),
                row("OPTIONS", "/api/v1/widget/config?site=default", null, 204, 204, 204, 204),
                // canned replies (issue 11): a scope's order; agents may order only their own replies, the payload names a group
                row("PUT", "/api/v1/canned-replies/order", "{\"groupId\":1,\"ids\":[999]}", 401, 403, 409, 409),
                // messages and window ads to visitors (issue 11, push): supervisors push, administrators set the caps
                row("GET", "/api/v1/segments", null, 401, 403, 200, 200),
                row("POST", "/api/v1/segments", "{\"name\":\"s\",\"conditions\":{\"site\":\"default\"}}", 401, 403, 201, 201),
                row("GET", "/api/v1/segments/999", null, 401, 403, 404, 404),
                row("PUT", "/api/v1/segments/999", "{\"name\":\"s\",\"conditions\":{\"site\":\"default\"}}", 401, 403, 404, 404),
                row("DELETE", "/api/v1/segments/999", null, 401, 403, 404, 404),
                row("POST", "/api/v1/push/preview", "{\"conditions\":{\"site\":\"default\"}}", 401, 403, 200, 200),
                row("GET", "/api/v1/push/messages", null, 401, 403, 200, 200),
                row("POST", "/api/v1/push/messages", "{\"conditions\":{\"site\":\"default\"},\"kind\":\"MESSAGE\",\"text\":\"hi\"}",
                        401, 403, 201, 201),
                row("GET", "/api/v1/push/messages/999", null, 401, 403, 404, 404),
                row("GET", "/api/v1/push/settings", null, 401, 403, 200, 200),
                row("PUT", "/api/v1/push/settings", "{\"perVisitorPerDay\":2,\"perDay\":2000}", 401, 403, 403, 200),
                row("GET", "/widget.js", null, 200, 200, 200, 200),
                row("GET", "/demo/", null, 200, 200, 200, 200),
                row("GET", "/demo/style.css", null, 200, 200, 200, 200),
                // who works which chat (issue 11): away reasons, statuses set by supervisors, the time in each status, workload
                row("GET", "/api/v1/away-reasons", null, 401, 200, 200, 200),
                row("POST", "/api/v1/away-reasons", "NEW_AWAY_REASON", 401, 403, 403, 201),
                row("PUT", "/api/v1/away-reasons/999", "{\"name\":\"x\",\"nameZh\":\"x\",\"version\":1}", 401, 403, 403, 404),
                row("PUT", "/api/v1/agents/2/status", "{\"status\":\"ONLINE\"}", 401, 403, 200, 200),
                row("GET", "/api/v1/reports/agent-status?from=2026-11-01T00:00:00Z&to=2026-11-03T00:00:00Z", null, 401, 403, 200, 200),
                row("GET", "/api/v1/workload", null, 401, 200, 200, 200),
                // issue 11 round 2, supervision: a supervisor acknowledges a visitor's flagged message
                row("GET", "/api/v1/sensitive-word-flags?acknowledged=false", null, 401, 403, 200, 200),
                row("POST", "/api/v1/sensitive-word-flags/999/1/acknowledgement", "{}", 401, 403, 404, 404),
                // issue 12, groups: the whole setup (supervisors run their own groups, ADR 0021) and deleting groups
                row("GET", "/api/v1/groups/1/setup", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/groups/999/setup", "{\"id\":999,\"name\":\"Nowhere\",\"version\":1,\"strategy\":\"LEAST_LOAD\","
                        + "\"acceptTimeoutSeconds\":30,\"maxWaitSeconds\":300,\"members\":[],"
                        + "\"wrapUp\":{\"mode\":\"OPTIONAL\",\"timeLimitSeconds\":120}}", 401, 403, 404, 404),
                row("DELETE", "/api/v1/groups/999", null, 401, 403, 403, 404),
                // issue 12, per-account settings and import/export: every agent their own settings; admins import and export accounts,
                // supervisors their groups' canned replies
                row("GET", "/api/v1/me/settings", null, 401, 200, 200, 200),
                row("PUT", "/api/v1/me/settings", "{\"version\":0}", 401, 400, 400, 400),
                row("POST", "/api/v1/agents/import?dryRun=true", "login\nalice", 401, 403, 403, 200),
                row("GET", "/api/v1/agents/export?format=csv", null, 401, 403, 403, 200),
                row("POST", "/api/v1/canned-replies/import?dryRun=true", "shortcut,title,body\nhi,Hi,Hello", 401, 403, 200, 200),
                row("GET", "/api/v1/canned-replies/export?format=xlsx", null, 401, 403, 200, 200),
                // accounts in the workstation (issue 12): administrators reset passwords; everyone sets their own profile and picture
                row("POST", "/api/v1/agents/999/password", "{\"password\":\"a brand new passphrase\"}", 401, 403, 403, 404),
                row("GET", "/api/v1/agents/2/avatar", null, 401, 404, 404, 404),
                row("PATCH", "/api/v1/me/profile", "{\"displayName\":\"\"}", 401, 400, 400, 400),
                row("PUT", "/api/v1/me/avatar", "x", 401, 400, 400, 400),
                row("DELETE", "/api/v1/me/avatar", null, 401, 200, 200, 200),
                row("WS", "/ws/agent", null, 401, 101, 101, 101),
                row("WS", "/ws/visitor", null, 101, 101, 101, 101),
                // issue 12, sites and the widget (administrators): sites, the embed tag, previews and the preview page
                row("GET", "/api/v1/sites/default", null, 401, 403, 403, 200),
                row("POST", "/api/v1/sites", "{\"id\":\"matrix-site\",\"name\":\"Matrix\"}", 401, 403, 403, 201),
                row("DELETE", "/api/v1/sites/nowhere", null, 401, 403, 403, 404),
                row("GET", "/api/v1/sites/default/embed", null, 401, 403, 403, 200),
                row("POST", "/api/v1/sites/default/previews", "{}", 401, 403, 403, 201),
                row("GET", "/preview/default", null, 200, 200, 200, 200),
                // issue 13, SLA policies: everyone signed in reads them (ticket views show targets), administrators change them
                row("GET", "/api/v1/sla-policies", null, 401, 200, 200, 200),
                row("GET", "/api/v1/sla-policies/999", null, 401, 404, 404, 404),
                row("POST", "/api/v1/sla-policies", "{\"name\":\"Matrix SLA\",\"calendar\":\"ALWAYS\",\"firstResponseMinutes\":60}",
                        401, 403, 403, 201),
                row("PUT", "/api/v1/sla-policies/999", "{\"name\":\"x\",\"calendar\":\"ALWAYS\",\"firstResponseMinutes\":60,\"version\":1}",
                        401, 403, 403, 404),
                row("DELETE", "/api/v1/sla-policies/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/sla-policies/order", "{\"ids\":[999,999]}", 401, 403, 403, 400),
                // issue 12, customer levels: every agent reads them (they set levels on visitors), administrators change them
                row("GET", "/api/v1/customer-levels", null, 401, 200, 200, 200),
                row("POST", "/api/v1/customer-levels", "NEW_CUSTOMER_LEVEL", 401, 403, 403, 201),
                row("PUT", "/api/v1/customer-levels/999", "{\"name\":\"x\",\"queuePriority\":1,\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/customer-levels/999", null, 401, 403, 403, 404),
                // issue 12, wrap-up categories and the canned-reply library: administrators move categories; administrators
                // and supervisors read the group replies they may edit
                row("PUT", "/api/v1/wrap-up/categories/999/place", "{\"index\":0,\"version\":1}", 401, 403, 403, 404),
                row("GET", "/api/v1/canned-replies/library", null, 401, 403, 200, 200),
                // issue 12, away reasons and sensitive words in the workstation: supervisors read and try, administrators change
                row("PUT", "/api/v1/away-reasons/order", "{\"ids\":[]}", 401, 403, 403, 409),
                row("DELETE", "/api/v1/away-reasons/999", null, 401, 403, 403, 404),
                row("GET", "/api/v1/sensitive-words/entries", null, 401, 403, 200, 200),
                row("POST", "/api/v1/sensitive-words/entries", "{\"words\":[\"matrix\"]}", 401, 403, 403, 200),
                row("PUT", "/api/v1/sensitive-words/entries/999", "{\"word\":\"x\",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/sensitive-words/entries/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/sensitive-words/agent-mode", "{\"agentMode\":\"CONFIRM\",\"version\":0}", 401, 403, 403, 409),
                row("POST", "/api/v1/sensitive-words/trial", "{\"text\":\"hi\"}", 401, 403, 200, 200),
                // issue 13, tickets: every agent works the tickets they may see (others answer 404); administrators set up categories, statuses and fields
                row("GET", "/api/v1/tickets", null, 401, 200, 200, 200),
                row("POST", "/api/v1/tickets", "{\"subject\":\"Matrix\",\"groupId\":1,\"requester\":{\"email\":\"matrix@example.com\"}}", 401, 201, 201, 201),
                row("GET", "/api/v1/tickets/999", null, 401, 404, 404, 404),
                row("PATCH", "/api/v1/tickets/999", "{\"version\":1,\"status\":\"open\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/tickets/999/history", null, 401, 404, 404, 404),
                row("GET", "/api/v1/tickets/999/comments", null, 401, 404, 404, 404),
                row("POST", "/api/v1/tickets/999/comments", "{\"body\":\"hi\"}", 401, 404, 404, 404),
                row("GET", "/api/v1/ticket-categories", null, 401, 200, 200, 200),
                row("POST", "/api/v1/ticket-categories", "{\"name\":\"Matrix\",\"nameZh\":\"矩阵\"}", 401, 403, 403, 201),
                row("PUT", "/api/v1/ticket-categories/999", "{\"name\":\"M\",\"nameZh\":\"M\",\"version\":1}", 401, 403, 403, 404),
                row("GET", "/api/v1/ticket-statuses", null, 401, 200, 200, 200),
                row("POST", "/api/v1/ticket-statuses", "{\"key\":\"matrix\",\"name\":\"M\",\"nameZh\":\"M\",\"kind\":\"OPEN\"}", 401, 403, 403, 201),
                row("PUT", "/api/v1/ticket-statuses/nothing", "{\"key\":\"nothing\",\"name\":\"M\",\"nameZh\":\"M\",\"kind\":\"OPEN\",\"version\":1}",
                        401, 403, 403, 404),
                row("POST", "/api/v1/conversations/999/ticket", "{}", 401, 404, 404, 404),
                row("GET", "/api/v1/ticket-fields", null, 401, 200, 200, 200),
                row("POST", "/api/v1/ticket-fields", "{\"key\":\"matrix\",\"name\":\"M\",\"nameZh\":\"M\",\"type\":\"TEXT\"}", 401, 403, 403, 201),
                row("PUT", "/api/v1/ticket-fields/999", "{\"key\":\"matrix\",\"name\":\"M\",\"nameZh\":\"M\",\"type\":\"TEXT\",\"version\":1}",
                        401, 403, 403, 404),
                // issue 13, triggers and schedules: administrators only (ADR 0032)
                row("GET", "/api/v1/ticket-triggers", null, 401, 403, 403, 200),
                row("POST", "/api/v1/ticket-triggers", MATRIX_TRIGGER + "}", 401, 403, 403, 201),
                row("GET", "/api/v1/ticket-triggers/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/ticket-triggers/999", MATRIX_TRIGGER + ",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/ticket-triggers/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/ticket-triggers/order", "{\"ids\":[999,999]}", 401, 403, 403, 400),
                row("GET", "/api/v1/ticket-triggers/settings", null, 401, 403, 403, 200),
                row("PUT", "/api/v1/ticket-triggers/settings", "{\"chainDepth\":9,\"notificationsPerHour\":10,\"version\":1}", 401, 403, 403, 400),
                row("GET", "/api/v1/ticket-schedules", null, 401, 403, 403, 200),
                row("POST", "/api/v1/ticket-schedules", MATRIX_SCHEDULE + "}", 401, 403, 403, 201),
                row("GET", "/api/v1/ticket-schedules/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/ticket-schedules/999", MATRIX_SCHEDULE + ",\"version\":1}", 401, 403, 403, 404),
                row("DELETE", "/api/v1/ticket-schedules/999", null, 401, 403, 403, 404),
                // issue 13, e-mail channel: mailboxes are administrators' business (ADR 0035)
                row("GET", "/api/v1/mailboxes", null, 401, 403, 403, 200),
                row("POST", "/api/v1/mailboxes", MATRIX_MAILBOX, 401, 403, 403, 201),
                row("GET", "/api/v1/mailboxes/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/mailboxes/999", MATRIX_MAILBOX, 401, 403, 403, 404),
                row("DELETE", "/api/v1/mailboxes/999", null, 401, 403, 403, 404),
                // trying a mailbox's servers (ADR 0046) uses its password: administrators only; port 1 refuses at once
                row("POST", "/api/v1/mailboxes/test", MATRIX_MAILBOX, 401, 403, 403, 200),
                row("POST", "/api/v1/mailboxes/999/test", MATRIX_MAILBOX, 401, 403, 403, 404),
                // issue 13, intake (ADR 0036): files of the tickets one sees; web forms set up by administrators, filled by anyone
                row("POST", "/api/v1/tickets/999/attachments", "x", 401, 404, 404, 404),
                row("GET", "/api/v1/tickets/999/attachments", null, 401, 404, 404, 404),
                row("GET", "/api/v1/ticket-attachments/AAAAAAAAAAAAAAAAAAAAAA", null, 401, 404, 404, 404),
                row("GET", "/api/v1/web-forms", null, 401, 403, 403, 200),
                row("POST", "/api/v1/web-forms", "{\"key\":\"matrix\",\"site\":\"default\",\"title\":\"Matrix\"}", 401, 403, 403, 201),
                row("GET", "/api/v1/web-forms/999", null, 401, 403, 403, 404),
                row("PUT", "/api/v1/web-forms/999", "{\"key\":\"matrix2\",\"site\":\"default\",\"title\":\"M\",\"version\":1}", 401, 403, 403, 404),
                // issue 13, administration of mailboxes and web forms: removing a web form is administrators' business
                row("DELETE", "/api/v1/web-forms/999", null, 401, 403, 403, 404),
                row("GET", "/forms/assets/form.js", null, 200, 200, 200, 200),
                row("GET", "/forms/assets/form.css", null, 200, 200, 200, 200),
                row("GET", "/forms/nothing", null, 404, 404, 404, 404),
                row("GET", "/api/v1/forms/nothing", null, 404, 404, 404, 404),
                row("POST", "/api/v1/forms/nothing/submissions", "{\"subject\":\"s\",\"email\":\"a@example.com\"}", 404, 404, 404, 404),
                // issue 13, offline ticket sync (ADR 0034): every agent pushes their own outbox (each entry checked as a live edit) and fills a cache
                row("POST", "/api/v1/sync/tickets", "{\"clientId\":\"matrix\",\"mutations\":[]}", 401, 200, 200, 200),
                row("GET", "/api/v1/sync/tickets/snapshot?after=0&limit=10", null, 401, 200, 200, 200),
                // issue 13, working the queue together: personal views for everyone (shared ones: SavedViewsTest);
                // bulk answers per ticket (207 when one fails); merge and split need sight of the tickets
                row("GET", "/api/v1/ticket-views", null, 401, 200, 200, 200),
                row("POST", "/api/v1/ticket-views", MATRIX_VIEW + "\"PERSONAL\"}", 401, 201, 201, 201),
                row("PUT", "/api/v1/ticket-views/999", MATRIX_VIEW + "\"PERSONAL\",\"version\":1}", 401, 404, 404, 404),
                row("DELETE", "/api/v1/ticket-views/999", null, 401, 404, 404, 404),
                row("POST", "/api/v1/tickets/bulk", "{\"ticketIds\":[999],\"changes\":{\"priority\":\"HIGH\"}}", 401, 207, 207, 207),
                row("POST", "/api/v1/tickets/999/merge", "{\"targetId\":998}", 401, 404, 404, 404),
                row("POST", "/api/v1/tickets/999/split", "{\"commentId\":1}", 401, 404, 404, 404));
    }

    /** Issue 13, e-mail channel: a mailbox that is never read (disabled), so the rows connect nothing. */
    private static final String MATRIX_MAILBOX = "{\"name\":\"Matrix\",\"address\":\"matrix@example.com\",\"imapHost\":\"localhost\","
            + "\"imapPort\":1,\"imapUser\":\"matrix\",\"smtpHost\":\"localhost\",\"smtpPort\":1,\"enabled\":false,\"version\":1}";

    /** Issue 13, saved views: a view up to its visibility. */
    private static final String MATRIX_VIEW = "{\"name\":\"Matrix\",\"columns\":[\"number\"],\"sort\":\"-updatedAt\",\"visibility\":";

    /** Issue 13, triggers and schedules: a rule that matches no ticket, so the rows that make one change nothing else. */
    private static final String MATRIX_RULE_PARTS = "\"conditions\":[{\"field\":\"subject\",\"operator\":\"CONTAINS\",\"values\":[\"matrix-never\"]}],"
            + "\"actions\":[{\"type\":\"ADD_TAGS\",\"values\":[\"matrix\"]}]";
    private static final String MATRIX_TRIGGER = "{\"name\":\"Matrix\"," + MATRIX_RULE_PARTS;
    private static final String MATRIX_SCHEDULE = "{\"name\":\"Matrix\",\"everyMinutes\":60," + MATRIX_RULE_PARTS;

    private static Arguments row(String method, String path, String body, int nobody, int agent, int supervisor, int admin) {
        return Arguments.of(method, path, body, Map.of("nobody", nobody, "AGENT", agent, "SUPERVISOR", supervisor, "ADMIN", admin));
    }
}
