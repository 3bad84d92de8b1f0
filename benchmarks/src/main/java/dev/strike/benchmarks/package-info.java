/** Strike benchmarks. */
package dev.strike.benchmarks;
