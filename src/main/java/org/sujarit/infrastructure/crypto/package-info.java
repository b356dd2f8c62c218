/**
 * Keys kept in files outside the database and AES-256-GCM under them: the content key that
 * encrypts what must never lie readable in a dump or a backup (report files, reporters'
 * identities, second-factor secrets, single sign-on client secrets).
 */
package org.sujarit.infrastructure.crypto;
