/** Strike execution. */
package dev.strike.execution;
