/** Strike ingest. */
package dev.strike.ingest;
