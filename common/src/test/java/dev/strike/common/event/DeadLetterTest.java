package dev.strike.common.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeadLetterTest {
  private static final byte[] VALUE = "{\"type\":".getBytes(StandardCharsets.UTF_8);

  private static DeadLetter letter(int partition, long offset, byte[] key, byte[] value) {
    return new DeadLetter("md.book", partition, offset, key, value, "decode", "unexpected end of input", 1, 2);
  }

  @Test
  void shouldRejectLetterWhenPartitionIsBelowMinusOne() {
    assertThatThrownBy(() -> letter(-2, 0, null, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("partition must be -1 or more, got -2");
  }

  @Test
  void shouldRejectLetterWhenOffsetIsBelowMinusOne() {
    assertThatThrownBy(() -> letter(0, -2, null, VALUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("offset must be -1 or more, got -2");
  }

  @Test
  void shouldAcceptLetterWhenItDidNotComeFromKafka() {
    assertThat(letter(-1, -1, null, null).key()).isNull();
  }

  @Test
  void shouldKeepBytesWhenTheCallerChangesItsArray() {
    byte[] value = VALUE.clone();
    DeadLetter letter = letter(3, 48_213, null, value);

    value[0] = 'X';

    assertThat(letter.value()).isEqualTo(VALUE);
  }

  @Test
  void shouldKeepBytesWhenTheReaderChangesTheReturnedArray() {
    DeadLetter letter = letter(3, 48_213, null, VALUE.clone());

    letter.value()[0] = 'X';

    assertThat(letter.value()).isEqualTo(VALUE);
  }

  @Test
  void shouldBeEqualWhenBytesAreEqualInDifferentArrays() {
    assertThat(letter(3, 48_213, VALUE.clone(), VALUE.clone())).isEqualTo(letter(3, 48_213, VALUE.clone(),
        VALUE.clone()));
  }

  @Test
  void shouldHashAlikeWhenEqual() {
    assertThat(letter(3, 48_213, VALUE.clone(), null)).hasSameHashCodeAs(letter(3, 48_213, VALUE.clone(), null));
  }

  @Test
  void shouldDifferWhenOneByteDiffers() {
    byte[] other = VALUE.clone();
    other[1] = 'X';

    assertThat(letter(3, 48_213, null, other)).isNotEqualTo(letter(3, 48_213, null, VALUE.clone()));
  }
}
