/**
 * Single sign-on over OpenID Connect (issue 18): providers configured from settings by the
 * platform admin (for every account) and by a tenant admin (for that tenant's accounts), their ID
 * tokens checked with the algorithm each is configured for (RS256 or ES256), identities linked to
 * an account only through an invitation or by the signed-in person, never by a name or e-mail
 * claim. A citizen ID used as the subject is kept only as a keyed hash.
 */
package org.sujarit.staff.provider;
