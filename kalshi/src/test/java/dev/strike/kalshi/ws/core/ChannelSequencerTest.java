package dev.strike.kalshi.ws.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChannelSequencerTest {
  private final ChannelSequencer sequencer = new ChannelSequencer();

  @Test
  void shouldAcceptTheFirstSeqAndContiguousOnes() {
    assertThat(sequencer.onMessage(3, 10)).isNull();
    assertThat(sequencer.onMessage(3, 11)).isNull();
    assertThat(sequencer.onMessage(4, 1)).isNull();
  }

  @Test
  void shouldReportABreakAndReanchorWhenSeqSkips() {
    sequencer.onMessage(3, 1);
    assertThat(sequencer.onMessage(3, 4)).isEqualTo(new ChannelSequencer.SeqBreak(3, 2, 4));
    assertThat(sequencer.onMessage(3, 5)).isNull();
  }

  @Test
  void shouldReportABreakWhenSeqGoesBackwards() {
    sequencer.onMessage(3, 5);
    assertThat(sequencer.onMessage(3, 2)).isEqualTo(new ChannelSequencer.SeqBreak(3, 6, 2));
  }

  @Test
  void shouldTakeACommandSeqAsEchoOrNextNumber() {
    sequencer.onMessage(3, 5);
    assertThat(sequencer.onCommandSeq(3, 5)).isNull();
    assertThat(sequencer.onMessage(3, 6)).isNull();
    assertThat(sequencer.onCommandSeq(3, 7)).isNull();
    assertThat(sequencer.onMessage(3, 8)).isNull();
    assertThat(sequencer.onCommandSeq(3, 12)).isEqualTo(new ChannelSequencer.SeqBreak(3, 9, 12));
  }

  @Test
  void shouldStartOverWhenReset() {
    sequencer.onMessage(3, 5);
    sequencer.reset();
    assertThat(sequencer.onMessage(3, 1)).isNull();
  }
}
