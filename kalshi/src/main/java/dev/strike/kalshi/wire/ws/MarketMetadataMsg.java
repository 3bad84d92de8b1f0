package dev.strike.kalshi.wire.ws;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * {@code additional_metadata} of a lifecycle {@code created} message.
 *
 * @param name the market's name
 * @param title its title
 * @param yesSubTitle what YES means
 * @param noSubTitle what NO means
 * @param rulesPrimary the primary rules text
 * @param rulesSecondary the secondary rules text
 * @param canCloseEarly whether it may close before its close time
 * @param eventTicker its event
 * @param expectedExpirationTs when the outcome is expected, Unix seconds
 * @param strikeType the strike rule ({@code greater}, {@code between}, …)
 * @param floorStrike the lower bound, exact
 * @param capStrike the upper bound, exact
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MarketMetadataMsg(@Nullable String name, @Nullable String title, @Nullable String yesSubTitle,
    @Nullable String noSubTitle, @Nullable String rulesPrimary, @Nullable String rulesSecondary,
    @Nullable Boolean canCloseEarly, @Nullable String eventTicker, @Nullable Long expectedExpirationTs,
    @Nullable String strikeType, @Nullable BigDecimal floorStrike, @Nullable BigDecimal capStrike) {}
