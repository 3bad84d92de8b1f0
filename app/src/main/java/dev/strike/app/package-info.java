/** Strike app. */
package dev.strike.app;
