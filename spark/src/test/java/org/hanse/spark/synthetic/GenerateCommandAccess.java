package org.hanse.spark.synthetic;

/** Test access to the package-private column list of {@link GenerateCommand}. */
public final class GenerateCommandAccess {
  private GenerateCommandAccess() {}

  public static String[] namedColumns() {
    return GenerateCommand.namedColumns();
  }
}
