/**
 * People: administrators find, create and manage accounts with their roles and profiles, grant course
 * editing, answer personal-data requests (export, anonymisation) and read the audit log; staff look
 * people up. Brings together the accounts ({@code user}), profiles ({@code seminar}), course editors
 * ({@code course}) and every feature's {@link kz.kelisim.base.PersonalData}.
 */
package kz.kelisim.people;
