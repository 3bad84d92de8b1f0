package dev.strike.app.config;

import dev.strike.app.ServiceCatalog;
import dev.strike.common.config.ConfigProblems;
import dev.strike.common.config.Validatable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which services this process runs.
 *
 * @param enabled service names from {@link ServiceCatalog#NAMES}, at least one, no repeats
 */
public record ServicesSettings(List<String> enabled) implements Validatable {
  /** Copies the list. */
  public ServicesSettings {
    enabled = List.copyOf(enabled);
  }

  /** All services. */
  public static ServicesSettings defaults() {
    return new ServicesSettings(ServiceCatalog.NAMES);
  }

  @Override
  public void validate(ConfigProblems problems) {
    problems.check(!enabled.isEmpty(), "enabled", "must name at least one service of "
        + String.join(", ", ServiceCatalog.NAMES));
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < enabled.size(); i++) {
      String name = enabled.get(i);
      if (!ServiceCatalog.NAMES.contains(name)) {
        problems.at("enabled").at(i).fail("unknown service '" + name + "'; services: "
            + String.join(", ", ServiceCatalog.NAMES));
      } else if (!seen.add(name)) {
        problems.at("enabled").at(i).fail("'" + name + "' is listed twice");
      }
    }
  }
}
