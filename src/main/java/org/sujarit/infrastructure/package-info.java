/**
 * What every module runs on: the embedded PostgreSQL of the one-command run, locale and
 * Buddhist-Era formatting for the views, error pages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.sujarit.infrastructure;
