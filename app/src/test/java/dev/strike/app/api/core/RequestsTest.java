package dev.strike.app.api.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.strike.common.id.CommandId;
import dev.strike.common.json.StrikeJson;
import dev.strike.risk.core.exit.ExitRules;
import dev.strike.risk.core.gate.RiskLimits;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Request checks: limits, configuration changes (all problems at once) and redaction. */
class RequestsTest {
  private static JsonNode json(String text) throws Exception {
    return StrikeJson.mapper().readTree(text);
  }

  @Test
  void shouldAcceptLimitsFrom1To1000AndRefuseTheRest() {
    assertThat(Requests.limit(null, 100).value()).isEqualTo(100);
    assertThat(Requests.limit(List.of("1000"), 100).value()).isEqualTo(1000);
    for (String bad : List.of("0", "1001", "abc", "", "1e3", "-5", "99999999999")) {
      assertThat(Requests.limit(List.of(bad), 100).ok()).as(bad).isFalse();
    }
    assertThat(Requests.limit(List.of("1", "2"), 100).problem()).contains("given 2 times");
  }

  @Test
  void shouldListEveryBadKeyWhenAConfigChangeIsRefused() throws Exception {
    Map<String, String> changes = Requests.configChanges(json(
        "{\"risk.limits.max-order-qty\":\"-3\",\"risk.exits.stop-loss-bps\":2500,\"risk.limits.nope\":\"1\","
            + "\"http.port\":\"1\"}")).value();
    assertThat(changes).containsEntry("risk.exits.stop-loss-bps", "2500");
    List<CommandId> ids = List.of(CommandId.of("a1"), CommandId.of("a2"), CommandId.of("a3"), CommandId.of("a4"));
    OperatorCommands.ParameterChanges checked = OperatorCommands.setParameters(ids, "ops", changes,
        RiskLimits.defaults(), ExitRules.none(), 1L);
    assertThat(checked.commands()).isEmpty();
    assertThat(checked.problems()).hasSize(3);
    assertThat(checked.problems().get(0)).startsWith("risk.limits.max-order-qty = -3 refused");
    assertThat(checked.problems().get(1)).startsWith("risk.limits.nope = 1 refused");
    assertThat(checked.problems().get(2)).startsWith("unknown key 'http.port'");
  }

  @Test
  void shouldRefuseBodiesThatAreNotAFlatObject() throws Exception {
    assertThat(Requests.configChanges(json("[]")).ok()).isFalse();
    assertThat(Requests.configChanges(json("{}")).problem()).contains("names no key");
    assertThat(Requests.configChanges(json("{\"a\":[1]}")).problem()).contains("a: the value must be text");
    assertThat(Requests.configChanges(null).ok()).isFalse();
  }

  @Test
  void shouldRedactSecretsAtAnyDepthAndKeepTheRest() throws Exception {
    JsonNode config = json("{\"kalshi\":{\"keyId\":\"abc\",\"keyFile\":\"/k.pem\",\"environment\":\"demo\"},"
        + "\"alerts\":{\"telegram\":{\"botToken\":\"123:xyz\",\"chatIds\":[\"1\"]},"
        + "\"webhooks\":[{\"url\":\"https://h/x\"}],\"smtp\":{\"password\":\"pw\",\"host\":\"mail\"},"
        + "\"discord\":{\"url\":\"https://discord/api/webhooks/1/secret\",\"urlFile\":\"/d\"}},"
        + "\"api\":{\"jwtSecretFile\":\"data/api/jwt.secret\",\"port\":9410},\"empty\":{\"token\":\"\"}}");
    String redacted = Requests.redact(config).toString();
    assertThat(redacted)
        .doesNotContain("abc", "/k.pem", "123:xyz", "https://h/x", "\"pw\"", "jwt.secret", "discord/api", "\"/d\"")
        .contains("\"environment\":\"demo\"", "\"host\":\"mail\"", "\"port\":9410", "\"token\":\"\"");
    assertThat(config.toString()).contains("123:xyz");
  }

  @Test
  void shouldNameUnknownQueryParameters() {
    Map<String, List<String>> query = new LinkedHashMap<>();
    query.put("limt", List.of("5"));
    assertThat(Requests.unknownParameters(query, List.of("limit"))).containsExactly(
        "unknown query parameter 'limt'; known: limit");
  }
}
