/** Strike alerts. */
package dev.strike.alerts;
