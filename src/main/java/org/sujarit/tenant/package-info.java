/**
 * Tenants: the local governments on the platform (onboarding, contact details, provinces) and
 * each one's unit tree of สำนัก/กอง → ฝ่าย → งาน.
 */
package org.sujarit.tenant;
