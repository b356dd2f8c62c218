/**
 * The monthly procurement summary (สขร.๑): each month's purchases in the form's columns, or the
 * statement that there were none, published by the 15th of the next month as a table and as open data.
 */
package org.sujarit.procurement;
