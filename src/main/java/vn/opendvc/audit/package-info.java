/**
 * The tamper-evident audit log (nhật ký kiểm toán): every state change that matters — dossier transitions, payments
 * and refunds, logins and failed logins, changes an administrator makes — appended in the same transaction as the
 * change, as a hash chain (each entry's hash covers the previous hash and its own canonical content), with a signed
 * checkpoint of the chain head every N entries or M minutes, a verifier ({@code GET /api/v1/audit/verify},
 * {@code --audit-verify}) and a page for ADMIN and MONITOR.
 * <p>
 * The module only listens: other modules publish their domain events and know nothing of the audit log. Listeners are
 * synchronous {@code @EventListener}s, so an entry commits or rolls back with the change it records.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package vn.opendvc.audit;
