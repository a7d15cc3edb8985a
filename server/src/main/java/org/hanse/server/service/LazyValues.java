package org.hanse.server.service;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The values and exclusions of a {@link Measure}, computed together on first read and then kept: read-only maps
 * that look like any other map to the pages, the API and JSON.
 */
public final class LazyValues {
  /**
   * What the computation gives.
   *
   * @param values   subject id → value
   * @param excluded subject id → why it has no value
   */
  public record Computed(Map<String, Double> values, Map<String, String> excluded) {
    public Computed {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      excluded = Collections.unmodifiableMap(new LinkedHashMap<>(excluded));
    }
  }

  private final Memo<Computed> computed;

  LazyValues(Supplier<Computed> compute) {
    this.computed = new Memo<>(compute);
  }

  View<Double> values() {
    return new View<>(() -> computed.get().values());
  }

  View<String> excluded() {
    return new View<>(() -> computed.get().excluded());
  }

  /** A read-only map whose content is computed on first use. */
  static final class View<V> extends AbstractMap<String, V> {
    private final Supplier<Map<String, V>> content;

    View(Supplier<Map<String, V>> content) {
      this.content = content;
    }

    @Override
    public Set<Entry<String, V>> entrySet() {
      return content.get().entrySet();
    }

    @Override
    public V get(Object key) {
      return content.get().get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return content.get().containsKey(key);
    }

    @Override
    public int size() {
      return content.get().size();
    }
  }
}
