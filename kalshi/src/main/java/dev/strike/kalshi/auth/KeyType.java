package dev.strike.kalshi.auth;

/** The kind of a Kalshi API key (kalshi-api.md §2). */
public enum KeyType {
  /** RSA 2048, signing with RSASSA-PSS / SHA-256 / MGF1-SHA-256 / salt 32. */
  RSA,
  /** Ed25519, signing the same text with plain Ed25519. */
  ED25519
}
