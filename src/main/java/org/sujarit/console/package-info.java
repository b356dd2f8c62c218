/**
 * The staff console: the signed-in home of a local government's staff, with the navigation
 * every module adds to through {@link org.sujarit.shared.ConsoleLink}s.
 */
package org.sujarit.console;
