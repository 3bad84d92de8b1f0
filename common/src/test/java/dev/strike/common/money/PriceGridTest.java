package dev.strike.common.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.strike.common.json.StrikeJson;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceGridTest {
  private static final PriceGrid LINEAR = PriceGrid.LINEAR_CENT;
  private static final PriceGrid TAPERED = PriceGrid.TAPERED_DECI_CENT;

  private static Price p(String dollars) {
    return Price.parse(dollars);
  }

  private static PriceBand band(String start, String end, String step) {
    return new PriceBand(p(start), p(end), p(step));
  }

  @Test
  void shouldEqualTaperedDeciCentWhenBuiltFromKalshiPriceRanges() {
    // market.json price_ranges of KXBTC15M-26AUG171330-30
    PriceGrid fromKalshi = new PriceGrid(List.of(
        band("0.0000", "0.1000", "0.0010"), band("0.1000", "0.9000", "0.0100"), band("0.9000", "1.0000", "0.0010")));

    assertThat(fromKalshi).isEqualTo(TAPERED);
  }

  @Test
  void shouldRoundDownToTheDeciCentWhenBelowTenCentsOnTapered() {
    assertThat(TAPERED.roundDown(p("0.0543"))).isEqualTo(p("0.054"));
  }

  @Test
  void shouldRoundUpToTheDeciCentWhenBelowTenCentsOnTapered() {
    assertThat(TAPERED.roundUp(p("0.0543"))).isEqualTo(p("0.055"));
  }

  @Test
  void shouldRoundDownToTheCentWhenInTheMiddleBandOnTapered() {
    assertThat(TAPERED.roundDown(p("0.555"))).isEqualTo(p("0.55"));
  }

  @Test
  void shouldRoundUpToTheCentWhenInTheMiddleBandOnTapered() {
    assertThat(TAPERED.roundUp(p("0.555"))).isEqualTo(p("0.56"));
  }

  @Test
  void shouldRoundDownToTheCentWhenOnLinear() {
    assertThat(LINEAR.roundDown(p("0.0543"))).isEqualTo(p("0.05"));
  }

  @Test
  void shouldRoundUpToTheCentWhenOnLinear() {
    assertThat(LINEAR.roundUp(p("0.0543"))).isEqualTo(p("0.06"));
  }

  @Test
  void shouldRoundUpToTheBandBoundaryWhenJustBelowIt() {
    assertThat(TAPERED.roundUp(p("0.8905"))).isEqualTo(p("0.90"));
  }

  @Test
  void shouldRoundDownToTheBandBoundaryWhenJustAboveIt() {
    assertThat(TAPERED.roundDown(p("0.9005"))).isEqualTo(p("0.900"));
  }

  @Test
  void shouldKeepPriceWhenAlreadyOnTheGrid() {
    assertThat(TAPERED.roundDown(p("0.095"))).isEqualTo(p("0.095"));
  }

  @Test
  void shouldTickUpAcrossTheTenCentBoundaryWhenJustBelowIt() {
    assertThat(TAPERED.tickUp(p("0.099"))).isEqualTo(p("0.10"));
  }

  @Test
  void shouldTickUpByACentWhenAtTheTenCentBoundary() {
    assertThat(TAPERED.tickUp(p("0.10"))).isEqualTo(p("0.11"));
  }

  @Test
  void shouldTickDownByADeciCentWhenAtTheTenCentBoundary() {
    assertThat(TAPERED.tickDown(p("0.10"))).isEqualTo(p("0.099"));
  }

  @Test
  void shouldTickUpByADeciCentWhenAtTheNinetyCentBoundary() {
    assertThat(TAPERED.tickUp(p("0.90"))).isEqualTo(p("0.901"));
  }

  @Test
  void shouldTickDownByACentWhenAtTheNinetyCentBoundary() {
    assertThat(TAPERED.tickDown(p("0.90"))).isEqualTo(p("0.89"));
  }

  @Test
  void shouldTickUpOntoTheGridWhenPriceIsOffIt() {
    assertThat(TAPERED.tickUp(p("0.555"))).isEqualTo(p("0.56"));
  }

  @Test
  void shouldStayWhenTickingUpAtTheTopOfTheGrid() {
    assertThat(LINEAR.tickUp(Price.ONE)).isEqualTo(Price.ONE);
  }

  @Test
  void shouldStayWhenTickingDownAtTheBottomOfTheGrid() {
    assertThat(LINEAR.tickDown(Price.ZERO)).isEqualTo(Price.ZERO);
  }

  @Test
  void shouldTreatDeciCentAsTradableWhenOnTapered() {
    assertThat(TAPERED.isTradable(p("0.001"))).isTrue();
  }

  @Test
  void shouldTreatDeciCentAsNotOnTheGridWhenOnLinear() {
    assertThat(LINEAR.isOnGrid(p("0.001"))).isFalse();
  }

  @Test
  void shouldTreatZeroAndOneDollarAsNotTradable() {
    assertThat(List.of(Price.ZERO, Price.ONE)).noneMatch(TAPERED::isTradable);
  }

  @Test
  void shouldClampToTheMinimumWhenRoundingDownBelowTheGrid() {
    PriceGrid middle = new PriceGrid(List.of(band("0.10", "0.90", "0.01")));

    assertThat(middle.roundDown(p("0.05"))).isEqualTo(p("0.10"));
  }

  @Test
  void shouldClampToTheMaximumWhenRoundingUpAboveTheGrid() {
    PriceGrid middle = new PriceGrid(List.of(band("0.10", "0.90", "0.01")));

    assertThat(middle.roundUp(p("0.95"))).isEqualTo(p("0.90"));
  }

  @Test
  void shouldSortBandsWhenGivenOutOfOrder() {
    PriceGrid shuffled = new PriceGrid(List.of(
        band("0.90", "1.00", "0.001"), band("0.00", "0.10", "0.001"), band("0.10", "0.90", "0.01")));

    assertThat(shuffled).isEqualTo(TAPERED);
  }

  @Test
  void shouldRejectGridWhenBandsLeaveAGap() {
    assertThatThrownBy(() -> new PriceGrid(List.of(band("0.00", "0.10", "0.01"), band("0.20", "1.00", "0.01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price bands must be contiguous");
  }

  @Test
  void shouldRejectGridWhenBandsOverlap() {
    assertThatThrownBy(() -> new PriceGrid(List.of(band("0.00", "0.50", "0.01"), band("0.40", "1.00", "0.01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("price bands must be contiguous");
  }

  @Test
  void shouldRejectGridWhenItHasNoBands() {
    assertThatThrownBy(() -> new PriceGrid(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a price grid needs at least one band");
  }

  @Test
  void shouldRejectBandWhenStepDoesNotDivideIt() {
    assertThatThrownBy(() -> band("0.00", "0.10", "0.03"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not a whole number of $0.0300 steps");
  }

  @Test
  void shouldRejectBandWhenEndIsNotAboveStart() {
    assertThatThrownBy(() -> band("0.50", "0.50", "0.01"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be above its start");
  }

  @Test
  void shouldRejectBandWhenStepIsZero() {
    assertThatThrownBy(() -> band("0.00", "1.00", "0.00"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("step must be positive");
  }

  @Test
  void shouldWriteBandsAsDollarStringsWhenSerializedToJson() throws JsonProcessingException {
    assertThat(StrikeJson.mapper().writeValueAsString(TAPERED)).isEqualTo("{\"bands\":["
        + "{\"start\":\"0.0000\",\"end\":\"0.1000\",\"step\":\"0.0010\"},"
        + "{\"start\":\"0.1000\",\"end\":\"0.9000\",\"step\":\"0.0100\"},"
        + "{\"start\":\"0.9000\",\"end\":\"1.0000\",\"step\":\"0.0010\"}]}");
  }
}
