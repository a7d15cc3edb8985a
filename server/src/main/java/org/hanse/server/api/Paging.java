package org.hanse.server.api;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import java.util.List;

/** Page and size of a list request, checked; {@code page} counts from 1. */
public record Paging(int page, int size) {
  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 1000;

  public static Paging of(Context ctx) {
    int page = intParam(ctx, "page", 1);
    int size = intParam(ctx, "size", DEFAULT_SIZE);
    if (page < 1) {
      throw new BadRequestResponse("page must be 1 or more, not " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BadRequestResponse("size must be between 1 and " + MAX_SIZE + ", not " + size);
    }
    return new Paging(page, size);
  }

  static int intParam(Context ctx, String name, int fallback) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new BadRequestResponse(name + " must be a whole number, not '" + v + "'");
    }
  }

  /** One page of {@code all}, with the total so clients can page on. */
  public <T> PageOf<T> apply(List<T> all) {
    // In long: (page - 1) * size overflows an int for a page far past the end, which is simply an empty page.
    int from = (int) Math.min(all.size(), (page - 1L) * size);
    int to = (int) Math.min(all.size(), (long) from + size);
    return new PageOf<>(List.copyOf(all.subList(from, to)), page, size, all.size());
  }

  /**
   * A page of a list endpoint.
   *
   * @param items the records on this page
   * @param page  this page, from 1
   * @param size  the page size asked for
   * @param total how many records match the filters in all
   */
  public record PageOf<T>(List<T> items, int page, int size, int total) {
    /** The same page with each item converted (views are made for the page only, not for every match). */
    public <R> PageOf<R> map(java.util.function.Function<T, R> f) {
      return new PageOf<>(items.stream().map(f).toList(), page, size, total);
    }
  }
}
