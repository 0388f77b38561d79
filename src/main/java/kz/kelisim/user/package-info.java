/**
 * Accounts: who signs in, with which roles, language and password. Supplies the
 * {@code UserDetailsService} for {@code kz.kelisim.security}.
 */
package kz.kelisim.user;
