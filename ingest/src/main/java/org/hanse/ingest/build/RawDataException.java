package org.hanse.ingest.build;

/** A raw source folder that is not laid out as the builder expects (missing file, column or bad value). */
public final class RawDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RawDataException(String message) {
    super(message);
  }
}
