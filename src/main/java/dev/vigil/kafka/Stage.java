package dev.vigil.kafka;

/**
 * The contract every pipeline stage keeps (poll, filter, alert, digest). A stage is built from its
 * own settings and the shared {@link StageRuntime}, and does nothing until {@link #start}; it is
 * the only code that opens Kafka consumers on its topics. The daemon builds the stages, starts them
 * in order and closes them in reverse.
 */
public interface Stage extends AutoCloseable {
  /**
   * Opens the stage's consumers and starts its threads; returns once they run. If it throws, what
   * it opened is closed again.
   */
  void start();

  /**
   * Stops the stage's threads and closes what it opened. Never throws; a second call does nothing.
   */
  @Override
  void close();
}
