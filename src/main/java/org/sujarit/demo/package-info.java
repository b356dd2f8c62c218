/**
 * The Ban Tom demo: the tenant, units and one account per role read from the data files under
 * {@code demo/}, present only while the demo is switched on.
 */
package org.sujarit.demo;
