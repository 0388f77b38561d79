/**
 * The audit log: what administrators did to whose account (created, changed, reset, unlocked,
 * deactivated, exported, anonymised) and every sign-in and failed sign-in with its client address.
 * Read-only for administrators; written by the features that act.
 */
package kz.kelisim.audit;
