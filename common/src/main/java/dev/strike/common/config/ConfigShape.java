package dev.strike.common.config;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The shape of a configuration type, read once from its record components: sections (records), scalars, lists and
 * maps with string keys. Building a shape checks the type, so an unsupported component is a bug found at the first
 * load, not a surprise later. Immutable.
 */
sealed interface ConfigShape {
  /** What a value of this shape looks like, for "expected ..., got ..." messages. */
  String expected();

  /** A record: named fields, each with its own shape. */
  record Section(Class<?> type, List<Field> fields, Constructor<?> constructor, @Nullable Method defaultsFactory)
      implements ConfigShape {
    @Override
    public String expected() {
      return "a section (key: value lines)";
    }

    Optional<Field> field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    List<String> fieldNames() {
      return fields.stream().map(Field::name).collect(Collectors.toList());
    }

    /** The section's own {@code static defaults()} value, if it declares one. */
    @Nullable Object typeDefaults() {
      if (defaultsFactory == null) {
        return null;
      }
      try {
        return defaultsFactory.invoke(null);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot call " + type.getName() + ".defaults()", e);
      }
    }
  }

  /** One record component. */
  record Field(String name, Method accessor, ConfigShape shape) {
    @Nullable Object valueOf(Object section) {
      try {
        return accessor.invoke(section);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + accessor, e);
      }
    }
  }

  /** A single value: text, number, boolean, enum, duration, path, or a JSON value type such as a typed id. */
  record Scalar(Class<?> type, Kind kind) implements ConfigShape {
    @Override
    public String expected() {
      return kind.expected(type);
    }
  }

  /** A list whose elements all have one shape. */
  record ListOf(ConfigShape element) implements ConfigShape {
    @Override
    public String expected() {
      return "a list";
    }
  }

  /** A map from string keys to values of one shape. */
  record MapOf(ConfigShape value) implements ConfigShape {
    @Override
    public String expected() {
      return "a section of named entries";
    }
  }

  /** How a scalar is read. */
  enum Kind {
    STRING, INT, LONG, BOOLEAN, DOUBLE, DECIMAL, ENUM, DURATION, PATH, JSON;

    String expected(Class<?> type) {
      return switch (this) {
        case STRING -> "a string";
        case INT, LONG -> "an integer";
        case BOOLEAN -> "true or false";
        case DOUBLE -> "a number";
        case DECIMAL -> "a decimal number";
        case ENUM -> "one of " + String.join(", ", enumNames(type));
        case DURATION -> "a duration such as 500ms, 5s, 2m, 1h, 1d or PT5S";
        case PATH -> "a path";
        case JSON -> "a valid " + type.getSimpleName();
      };
    }
  }

  /** Lower-case constant names of an enum, in declaration order. */
  static List<String> enumNames(Class<?> enumType) {
    return Arrays.stream(enumType.getEnumConstants())
        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toList());
  }

  /**
   * The shape of a root record type.
   *
   * @throws IllegalArgumentException if the type, or a type inside it, cannot be configured
   */
  static Section of(Class<?> rootType) {
    ConfigShape shape = shapeOf(rootType, rootType.getSimpleName(), new HashSet<>());
    if (!(shape instanceof Section)) {
      throw new IllegalArgumentException("a configuration root must be a record, got " + rootType.getName());
    }
    Section root = (Section) shape;
    checkEnvironmentNames(root);
    return root;
  }

  /** Every key through sections only, in declaration order: sections, scalars, lists and maps. */
  static List<String> paths(Section root) {
    List<String> out = new ArrayList<>();
    collectPaths(root, "", out, true);
    return out;
  }

  /** Every key that holds a value (a scalar, list or map) reachable through sections only. */
  static List<String> valueKeys(Section root) {
    List<String> out = new ArrayList<>();
    collectPaths(root, "", out, false);
    return out;
  }

  private static void collectPaths(Section section, String prefix, List<String> out, boolean withSections) {
    for (Field field : section.fields()) {
      String key = ConfigProblems.child(prefix, field.name());
      if (field.shape() instanceof Section) {
        if (withSections) {
          out.add(key);
        }
        collectPaths((Section) field.shape(), key, out, withSections);
      } else {
        out.add(key);
      }
    }
  }

  private static void checkEnvironmentNames(Section root) {
    Map<String, String> byName = new HashMap<>();
    for (String key : valueKeys(root)) {
      String previous = byName.putIfAbsent(EnvironmentNames.of(key), key);
      if (previous != null) {
        throw new IllegalArgumentException("keys '" + previous + "' and '" + key
            + "' have the same environment variable " + EnvironmentNames.of(key) + "; rename one");
      }
    }
  }

  private static ConfigShape shapeOf(Type type, String where, Set<Class<?>> inProgress) {
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      Type raw = parameterized.getRawType();
      Type[] args = parameterized.getActualTypeArguments();
      if (raw == List.class) {
        return new ListOf(shapeOf(args[0], where + "[]", inProgress));
      }
      if (raw == Map.class) {
        if (args[0] != String.class) {
          throw new IllegalArgumentException(where + ": map keys must be String, got " + args[0].getTypeName());
        }
        return new MapOf(shapeOf(args[1], where + ".*", inProgress));
      }
      throw new IllegalArgumentException(where + ": unsupported type " + type.getTypeName()
          + " (use List<...> or Map<String, ...>)");
    }
    if (!(type instanceof Class)) {
      throw new IllegalArgumentException(where + ": unsupported type " + type.getTypeName());
    }
    Class<?> cls = (Class<?>) type;
    Kind kind = scalarKind(cls);
    if (kind != null) {
      return new Scalar(cls, kind);
    }
    if (cls.isRecord()) {
      return section(cls, where, inProgress);
    }
    throw new IllegalArgumentException(where + ": unsupported type " + cls.getName()
        + " (use a record, a scalar, List<...> or Map<String, ...>)");
  }

  private static @Nullable Kind scalarKind(Class<?> cls) {
    if (cls == String.class) {
      return Kind.STRING;
    } else if (cls == int.class || cls == Integer.class) {
      return Kind.INT;
    } else if (cls == long.class || cls == Long.class) {
      return Kind.LONG;
    } else if (cls == boolean.class || cls == Boolean.class) {
      return Kind.BOOLEAN;
    } else if (cls == double.class || cls == Double.class) {
      return Kind.DOUBLE;
    } else if (cls == BigDecimal.class) {
      return Kind.DECIMAL;
    } else if (cls.isEnum()) {
      return Kind.ENUM;
    } else if (cls == Duration.class) {
      return Kind.DURATION;
    } else if (cls == Path.class) {
      return Kind.PATH;
    } else if (isJsonValue(cls)) {
      return Kind.JSON;
    }
    return null;
  }

  /** A type that writes itself as one JSON value (typed ids): read through the shared mapper. */
  private static boolean isJsonValue(Class<?> cls) {
    if (cls.isPrimitive() || List.class.isAssignableFrom(cls) || Map.class.isAssignableFrom(cls)) {
      return false;
    }
    for (Method method : cls.getDeclaredMethods()) {
      if (method.isAnnotationPresent(JsonValue.class)) {
        return true;
      }
    }
    List<Executable> creators = new ArrayList<>(Arrays.asList(cls.getDeclaredConstructors()));
    creators.addAll(Arrays.asList(cls.getDeclaredMethods()));
    return creators.stream().anyMatch(e -> e.isAnnotationPresent(JsonCreator.class) && e.getParameterCount() == 1);
  }

  private static Section section(Class<?> type, String where, Set<Class<?>> inProgress) {
    if (!inProgress.add(type)) {
      throw new IllegalArgumentException(where + ": configuration types must not contain themselves ("
          + type.getName() + ")");
    }
    RecordComponent[] components = type.getRecordComponents();
    List<Field> fields = new ArrayList<>();
    Class<?>[] parameterTypes = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent component = components[i];
      Method accessor = component.getAccessor();
      accessor.setAccessible(true);
      String name = component.getName();
      fields.add(new Field(name, accessor, shapeOf(component.getGenericType(), where + "." + name, inProgress)));
      parameterTypes[i] = component.getType();
    }
    inProgress.remove(type);
    Constructor<?> constructor;
    try {
      constructor = type.getDeclaredConstructor(parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
    }
    constructor.setAccessible(true);
    return new Section(type, List.copyOf(fields), constructor, defaultsFactory(type));
  }

  private static @Nullable Method defaultsFactory(Class<?> type) {
    for (Method method : type.getDeclaredMethods()) {
      if (method.getName().equals("defaults") && method.getParameterCount() == 0
          && Modifier.isStatic(method.getModifiers()) && method.getReturnType() == type) {
        method.setAccessible(true);
        return method;
      }
    }
    return null;
  }
}
