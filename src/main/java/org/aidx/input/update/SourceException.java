package org.aidx.input.update;

/**
 * One source could not be updated: it could not be reached, answered with an error, or returned
 * something of the wrong shape. The update reports it as one line and carries on with the other
 * sources.
 */
public final class SourceException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String source;
  private final String url;

  public SourceException(String source, String url, String what) {
    super(what);
    this.source = source;
    this.url = url;
  }

  public String source() {
    return source;
  }

  public String url() {
    return url;
  }

  /** The one line the update prints: "worldbank: URL: what happened". */
  public String line() {
    return source + ": " + (url == null || url.isEmpty() ? "" : url + ": ") + getMessage();
  }
}
