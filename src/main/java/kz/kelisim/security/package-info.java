/**
 * Sign-in, roles, the throttle and method security. Depends on no other feature: accounts live in
 * {@code kz.kelisim.user}, which supplies the {@code UserDetailsService}.
 */
package kz.kelisim.security;
