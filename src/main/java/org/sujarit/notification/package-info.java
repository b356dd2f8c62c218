/**
 * Daily e-mail digests of what is due, gathered from every module's {@link org.sujarit.shared.DueItem.Source}.
 */
package org.sujarit.notification;
