package org.hanse.server.service;

import java.util.Objects;
import java.util.function.Supplier;

/** A value computed on first use, once, even when several threads ask at the same time. */
public final class Memo<T> implements Supplier<T> {
  private Supplier<T> compute;
  private volatile T value;

  public Memo(Supplier<T> compute) {
    this.compute = Objects.requireNonNull(compute);
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = Objects.requireNonNull(compute.get(), "computed value");
          value = v;
          compute = null;
        }
      }
    }
    return v;
  }
}
