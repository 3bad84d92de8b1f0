package dev.strike.common.config;

/**
 * A configuration section with rules beyond its types (ranges, formats, rules across keys). The loader calls
 * {@link #validate} on every section it builds, bottom-up, with a collector scoped to the section's key, so a rule
 * names only the local key and the problem comes out under the full one:
 *
 * <pre>{@code
 * public void validate(ConfigProblems problems) {
 *   problems.inRange("port", port, 0, 65535);   // reported as http.port
 * }
 * }</pre>
 *
 * <p>A rule adds a problem for everything it finds and never throws for a bad value, so that all problems are
 * reported at once. Values of the section are never null when the loader calls it. Called on the loading thread.
 */
public interface Validatable {
  /** Adds a problem to {@code problems} for every rule this section breaks. */
  void validate(ConfigProblems problems);
}
