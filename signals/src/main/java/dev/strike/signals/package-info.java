/** Strike signals. */
package dev.strike.signals;
