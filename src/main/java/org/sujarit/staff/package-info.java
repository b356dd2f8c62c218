/**
 * Staff accounts: tenant staff with their roles and unit, platform admins and oversight users;
 * sign-in with Argon2id, throttling of failed sign-ins, password changes, sessions in PostgreSQL.
 */
package org.sujarit.staff;
