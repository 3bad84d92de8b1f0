package dev.strike.common.kafka;

/**
 * How a lane moves from one record to the next. Either way the processor is called in offset order, one record at
 * a time per partition, and an offset is committed only when that record and every record before it completed.
 */
public enum ProcessingMode {
  /**
   * The next record is processed as soon as the processor returned for the previous one; the returned Monos (the
   * acknowledgements of the outputs) complete in the background. For processors that do their work synchronously and
   * return only the sends of their outputs, which is every decision service: it keeps a partition's throughput
   * independent of the broker's acknowledgement time. A record whose Mono fails later with a decode or processing
   * error is dead-lettered; one that fails later for an infrastructure reason stops the receiver (its retry would
   * reorder the partition); a synchronous infrastructure failure is retried before the next record starts.
   */
  PIPELINED,
  /**
   * The next record starts only when the previous record's Mono completed, retries included. For processors whose
   * asynchronous work decides how the next record is handled (e.g. an order placement whose outcome must be known
   * before the next order on that market).
   */
  SEQUENTIAL
}
