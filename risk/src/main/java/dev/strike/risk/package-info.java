/** Strike risk. */
package dev.strike.risk;
