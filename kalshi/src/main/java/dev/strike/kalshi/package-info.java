/** Strike kalshi. */
package dev.strike.kalshi;
