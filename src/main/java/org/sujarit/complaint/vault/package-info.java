/**
 * The identity vault and the content key of the corruption channel: reporters' identities sealed
 * to custodians, report files encrypted at rest, revealed only on a recorded request.
 */
@org.springframework.modulith.NamedInterface("vault")
package org.sujarit.complaint.vault;
