package org.hanse.spark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code --name value} and {@code --flag} options of one job, checked against the options the job declares so
 * that a typing error is reported instead of silently ignored.
 */
public final class JobArguments {
  private final String command;
  private final Map<String, String> values;
  private final Set<String> flags;

  private JobArguments(String command, Map<String, String> values, Set<String> flags) {
    this.command = command;
    this.values = values;
    this.flags = flags;
  }

  /**
   * Parses the arguments that follow the command name.
   *
   * @param command      the command, for messages
   * @param args         the arguments
   * @param valueOptions options that take a value (without the leading dashes)
   * @param flagOptions  options that take no value
   */
  public static JobArguments parse(String command, List<String> args, Set<String> valueOptions, Set<String> flagOptions) {
    Map<String, String> values = new LinkedHashMap<>();
    Set<String> flags = new TreeSet<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (!a.startsWith("--") || a.length() == 2) {
        throw new UserInputException(command + ": unexpected argument '" + a + "'; options start with --");
      }
      String name = a.substring(2);
      String inlineValue = null;
      int eq = name.indexOf('=');
      if (eq > 0) {
        inlineValue = name.substring(eq + 1);
        name = name.substring(0, eq);
      }
      if (flagOptions.contains(name)) {
        if (inlineValue != null) {
          throw new UserInputException(command + ": --" + name + " takes no value");
        }
        flags.add(name);
      } else if (valueOptions.contains(name)) {
        String value = inlineValue;
        if (value == null) {
          if (i + 1 >= args.size() || args.get(i + 1).startsWith("--")) {
            throw new UserInputException(command + ": --" + name + " needs a value");
          }
          value = args.get(++i);
        }
        if (values.put(name, value) != null) {
          throw new UserInputException(command + ": --" + name + " is given twice");
        }
      } else {
        Set<String> known = new TreeSet<>(valueOptions);
        known.addAll(flagOptions);
        throw new UserInputException(command + ": unknown option --" + name + "; known options: --"
            + String.join(", --", known));
      }
    }
    return new JobArguments(command, Collections.unmodifiableMap(values), Collections.unmodifiableSet(flags));
  }

  public String command() {
    return command;
  }

  public Optional<String> value(String name) {
    return Optional.ofNullable(values.get(name));
  }

  public String value(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  public String required(String name) {
    String v = values.get(name);
    if (v == null || v.isBlank()) {
      throw new UserInputException(command + ": --" + name + " is required");
    }
    return v;
  }

  public boolean flag(String name) {
    return flags.contains(name);
  }

  /** A comma-separated list option; empty when absent. */
  public List<String> list(String name) {
    List<String> out = new ArrayList<>();
    String v = values.get(name);
    if (v != null) {
      for (String s : v.split(",")) {
        if (!s.isBlank()) {
          out.add(s.strip());
        }
      }
    }
    return out;
  }

  public long longValue(String name, long fallback, long min, long max) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    long x;
    try {
      x = Long.parseLong(v.replace("_", ""));
    } catch (NumberFormatException e) {
      throw new UserInputException(command + ": --" + name + " must be a whole number, not '" + v + "'");
    }
    if (x < min || x > max) {
      throw new UserInputException(command + ": --" + name + " must be between " + min + " and " + max + ": " + x);
    }
    return x;
  }

  public int intValue(String name, int fallback, int min, int max) {
    return (int) longValue(name, fallback, min, max);
  }

  public double doubleValue(String name, double fallback, double min, double max) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    double x;
    try {
      x = Double.parseDouble(v);
    } catch (NumberFormatException e) {
      throw new UserInputException(command + ": --" + name + " must be a number, not '" + v + "'");
    }
    if (!(x >= min && x <= max)) {
      throw new UserInputException(command + ": --" + name + " must be between " + min + " and " + max + ": " + v);
    }
    return x;
  }
}
