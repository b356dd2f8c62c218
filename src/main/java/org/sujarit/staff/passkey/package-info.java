/**
 * Passkeys (WebAuthn) of staff accounts, on Spring Security's own WebAuthn support: registered,
 * named and removed from the account page, signing in from the sign-in page, and passing the second
 * factor or a step-up in a signed-in session. Kept in PostgreSQL beside the account.
 */
package org.sujarit.staff.passkey;
