/**
 * The staff list and first passwords: the tenant admin's import of the whole staff list (every
 * line checked, all or nothing), and invitations to set a first password — mailed one-time links
 * and printed one-time codes. Named so that the demo can import its invented staff through it.
 */
@org.springframework.modulith.NamedInterface("roster")
package org.sujarit.staff.roster;
