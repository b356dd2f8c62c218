/**
 * Daily e-mail digests of what is due, gathered from every module's {@link org.sujarit.notification.DueItem.Source}.
 */
package org.sujarit.notification;
