/**
 * Platform administration: onboarding a local government with its first tenant admin, and the
 * accounts of oversight users.
 */
package org.sujarit.platform;
