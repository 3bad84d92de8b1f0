package dev.strike.kalshi.rest;

/** A received HTTP response: status and the whole body. */
record RawResponse(int status, byte[] body) {
  boolean isSuccess() {
    return status >= 200 && status < 300;
  }
}
