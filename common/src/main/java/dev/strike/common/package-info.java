/** Strike's shared domain model and infrastructure. */
package dev.strike.common;
