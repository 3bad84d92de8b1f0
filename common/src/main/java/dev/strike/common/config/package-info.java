/**
 * Configuration: one YAML file, {@code STRIKE_*} environment variables and command-line overrides, bound to records
 * and checked at start, with every problem reported at once by key.
 *
 * <h2>Types</h2>
 * A configuration is a record; each record component is a key; a nested record is a section. Supported values:
 * {@code String}, {@code int}, {@code long}, {@code boolean}, {@code double} (and their boxes), {@code BigDecimal},
 * enums (any case; {@code -} reads as {@code _}), {@code Duration} ({@code PT5S}, {@code 500ms}, {@code 5s},
 * {@code 2m}, {@code 1h}, {@code 1d}, {@code 1h30m}), {@code Path}, types that are one JSON value (typed ids with
 * {@code @JsonCreator}/{@code @JsonValue}, read by the shared mapper), {@code List<...>} and
 * {@code Map<String, ...>} of any of these or of sections. A module adds its settings by adding a section record to
 * the application's root record; the loader needs no change.
 *
 * <h2>Layers</h2>
 * Later wins: the defaults instance, the file, the selected profile, the environment, the overrides. Sections
 * merge key by key; a value or a list replaces the one before; maps merge entry by entry (an entry cannot be
 * removed by a later layer). A key with no value ({@code key:} or {@code ~}) sets nothing, so commenting out every
 * key of a section leaves it at its defaults. Entries of maps and lists that no layer gives a default take the
 * section type's {@code static defaults()}, if it has one; otherwise every key of such an entry must be given.
 *
 * <h2>Profiles</h2>
 * The file's top-level {@code profiles:} maps a profile name to a partial tree that is overlaid on the rest of the
 * file when that profile is selected. Selecting a profile the file does not define is a problem.
 *
 * <h2>Environment</h2>
 * A variable {@code STRIKE_X} sets the key whose environment form is {@code X}, compared ignoring case: the dotted
 * key in upper case, with every dot, dash and camelCase hump written as an underscore ({@code kafka.bootstrapServers}
 * ← {@code STRIKE_KAFKA_BOOTSTRAP_SERVERS}; see {@link dev.strike.common.config.ConfigLoader#environmentVariable}).
 * Lists are comma-separated ({@code STRIKE_SERVICES_ENABLED=risk,execution}); maps are {@code name=value} pairs
 * ({@code STRIKE_KAFKA_PARTITIONS=md.book=12,signals=3}), or one entry at a time:
 * {@code STRIKE_KAFKA_PARTITIONS_MD_BOOK} names the entry that the file or the defaults already have whose name
 * has the environment form {@code MD_BOOK}, or else a new entry {@code md.book} (lower case, each {@code _} read
 * as {@code .}). Reserved names
 * ({@link dev.strike.common.config.ConfigSources#reservedVariables}) are skipped; any other {@code STRIKE_*}
 * variable that sets no key is a problem named by the variable.
 *
 * <h2>Checking</h2>
 * Unknown keys (with a "did you mean" when a known key is close), values of the wrong type and values breaking a
 * section's rules ({@link dev.strike.common.config.Validatable}) are all collected and thrown together as one
 * {@link dev.strike.common.config.ConfigException}. A value from a profile, the environment or the command line is
 * marked so in its problem ({@code (from STRIKE_HTTP_PORT)}).
 *
 * <p>Why value rules live in {@code validate} rather than in the compact constructors (STYLE asks records to check
 * themselves): a constructor that throws reports one problem and cannot name the key its section sits under, while
 * one start must list every problem by its full key. Section constructors still reject nulls and copy collections;
 * code that builds a configuration by hand checks it with
 * {@link dev.strike.common.config.ConfigLoader#validate}.
 */
package dev.strike.common.config;
