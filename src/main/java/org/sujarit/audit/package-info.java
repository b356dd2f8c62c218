/**
 * The audit trail: an append-only, per-tenant hash-chained record of every change of state in
 * every module, fed by {@link org.sujarit.audit.AuditableEvent}s, with a check of the chain.
 */
package org.sujarit.audit;
