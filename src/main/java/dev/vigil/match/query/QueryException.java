package dev.vigil.match.query;

/** A query that cannot compile; the message gives the column (1-based) and the reason. */
public class QueryException extends Exception {
  private final int column;
  private final String reason;

  public QueryException(int column, String reason) {
    super((column > 0 ? "column " + column + ": " : "") + reason);
    this.column = column;
    this.reason = reason;
  }

  public int column() {
    return column;
  }

  /** The message without the column. */
  public String reason() {
    return reason;
  }
}
