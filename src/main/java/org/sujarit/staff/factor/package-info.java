/**
 * Second factors of staff sign-in (issue 18): one-time codes (TOTP, RFC 6238) with recovery
 * codes, the roles and tenants that require a second factor and the gate that holds them to it,
 * step-up (a fresh second factor) before sensitive actions, the admin's reset, and the mail that
 * tells a person their factors changed. Other modules (the demo, tests) use {@link
 * org.sujarit.staff.factor.OneTimeCodes} and {@link org.sujarit.staff.factor.Factors}.
 */
@org.springframework.modulith.NamedInterface("factor")
package org.sujarit.staff.factor;
