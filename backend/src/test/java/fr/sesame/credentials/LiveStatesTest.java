package fr.sesame.credentials;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;

/** Java and SQL agree on which credential states are live: the list is written once per layer. */
@ApplicationTest
class LiveStatesTest {

  @Autowired DatabaseClient db;

  @Test
  void theSqlFunctionCallsLiveExactlyTheStatesCredentialStateDoes() {
    Set<CredentialState> liveInSql =
        Arrays.stream(CredentialState.values())
            .filter(
                state ->
                    db.sql("select credential_is_live(:state) as live")
                        .bind("state", state.name())
                        .map(row -> row.get("live", Boolean.class))
                        .one()
                        .block())
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(CredentialState.class)));

    assertThat(liveInSql).isEqualTo(CredentialState.LIVE).isNotEmpty();
  }
}
