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

  /**
   * One low-priority thread computes measures ahead of the pages that list every measure (the member table): a
   * request never waits for betweenness unless it asks for that measure.
   */
  private static final java.util.concurrent.ExecutorService AHEAD =
      java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "hanse-measures");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        return t;
      });

  private final Memo<Computed> computed;
  private volatile boolean ready;
  private final java.util.concurrent.atomic.AtomicBoolean started = new java.util.concurrent.atomic.AtomicBoolean();

  LazyValues(Supplier<Computed> compute) {
    this.computed = new Memo<>(() -> {
      Computed c = compute.get();
      ready = true;
      return c;
    });
  }

  /** True once the values are computed; reading them then costs nothing. */
  boolean ready() {
    return ready;
  }

  /** Starts the computation on the background thread, once; readers meanwhile wait or skip it. */
  void computeAhead() {
    if (!ready && started.compareAndSet(false, true)) {
      AHEAD.execute(() -> {
        try {
          computed.get();
        } catch (RuntimeException e) {
          // The request that reads the measure computes it again and reports the failure as any other error.
          started.set(false);
        }
      });
    }
  }

  View<Double> values() {
    return new View<>(() -> computed.get().values(), this);
  }

  View<String> excluded() {
    return new View<>(() -> computed.get().excluded(), this);
  }

  /** A read-only map whose content is computed on first use. */
  static final class View<V> extends AbstractMap<String, V> {
    private final Supplier<Map<String, V>> content;
    final LazyValues owner;

    View(Supplier<Map<String, V>> content, LazyValues owner) {
      this.content = content;
      this.owner = owner;
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
