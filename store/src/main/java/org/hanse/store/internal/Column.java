package org.hanse.store.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;

/**
 * One data column of a record table: its name and JDBC type. Nulls are bound with their type because PostgreSQL
 * needs it.
 */
public record Column(String name, int sqlType, boolean nullable) {
  public static Column text(String name) {
    return new Column(name, Types.VARCHAR, false);
  }

  public static Column optionalText(String name) {
    return new Column(name, Types.VARCHAR, true);
  }

  public static Column integer(String name) {
    return new Column(name, Types.INTEGER, false);
  }

  public static Column optionalInteger(String name) {
    return new Column(name, Types.INTEGER, true);
  }

  public static Column optionalBigint(String name) {
    return new Column(name, Types.BIGINT, true);
  }

  public static Column real(String name) {
    return new Column(name, Types.DOUBLE, false);
  }

  public static Column date(String name) {
    return new Column(name, Types.DATE, false);
  }

  public static Column optionalDate(String name) {
    return new Column(name, Types.DATE, true);
  }

  void bind(PreparedStatement ps, int index, Object value) throws SQLException {
    if (value == null) {
      ps.setNull(index, sqlType);
      return;
    }
    switch (sqlType) {
      case Types.VARCHAR -> ps.setString(index, (String) value);
      case Types.INTEGER -> ps.setInt(index, ((Number) value).intValue());
      case Types.BIGINT -> ps.setLong(index, ((Number) value).longValue());
      case Types.DOUBLE -> ps.setDouble(index, ((Number) value).doubleValue());
      case Types.DATE -> ps.setObject(index, (java.time.LocalDate) value);
      default -> throw new IllegalStateException("unsupported column type " + sqlType + " of " + name);
    }
  }

  /** Reads this column from a result set as the Java value {@link #bind} accepts. */
  Object read(ResultSet rs, int index) throws SQLException {
    return switch (sqlType) {
      case Types.VARCHAR -> rs.getString(index);
      case Types.INTEGER -> rs.getObject(index, Integer.class);
      case Types.BIGINT -> rs.getObject(index, Long.class);
      case Types.DOUBLE -> rs.getObject(index, Double.class);
      case Types.DATE -> rs.getObject(index, java.time.LocalDate.class);
      default -> throw new IllegalStateException("unsupported column type " + sqlType + " of " + name);
    };
  }
}
