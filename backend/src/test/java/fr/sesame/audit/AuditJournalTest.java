package fr.sesame.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import fr.sesame.testing.ApiFixtures;
import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.SignedIn;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The journal read back: filtered by account, action and time, paginated, exported as CSV. */
@ApplicationTest
class AuditJournalTest {

  @Autowired WebTestClient webTestClient;

  @Test
  void anAccountsStoryIsFoundFilteredAndExported() {
    WebTestClient admin = SignedIn.admin(webTestClient);
    String tag = "=Journal" + UUID.randomUUID().toString().substring(0, 6);
    UUID account =
        ApiFixtures.account(
            admin, Map.of("kind", "TEACHER", "lastName", tag, "firstName", "Agnès"));
    admin
        .post()
        .uri("/api/accounts/bulk")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(
            Map.of(
                "action", "SET_CONNECTION_MODE",
                "accountIds", List.of(account),
                "connectionMode", "ENT"))
        .exchange()
        .expectStatus()
        .isOk();

    String story = ApiFixtures.getJson(admin, "/api/audit-events?accountId=" + account);
    assertThat((List<String>) JsonPath.read(story, "$.items[*].action"))
        .as("newest first; the bulk action names the account among others")
        .containsExactly("ACCOUNTS_SET_CONNECTION_MODE", "ACCOUNT_CREATED");
    assertThat((List<String>) JsonPath.read(story, "$.items[*].actor")).containsOnly("admin");
    assertThat((List<String>) JsonPath.read(story, "$.items[*].targetName"))
        .as("the journal names the person, not only their id; the bulk action has no one target")
        .containsExactly(null, tag + " Agnès");

    String onePage =
        ApiFixtures.getJson(admin, "/api/audit-events?accountId=" + account + "&size=1&page=1");
    assertThat((Integer) JsonPath.read(onePage, "$.total")).isEqualTo(2);
    assertThat((List<String>) JsonPath.read(onePage, "$.items[*].action"))
        .containsExactly("ACCOUNT_CREATED");

    String created = JsonPath.read(story, "$.items[1].occurredAt");
    String after =
        ApiFixtures.getJson(admin, "/api/audit-events?accountId=" + account + "&to=" + created);
    assertThat((Integer) JsonPath.read(after, "$.total")).as("`to` is excluded").isZero();

    String csv = ApiFixtures.getJson(admin, "/api/audit-events/export?accountId=" + account);
    List<String> lines = csv.lines().toList();
    assertThat(lines.get(0))
        .isEqualTo("\uFEFFoccurredAt;actor;action;targetType;targetId;clientAddress;details");
    assertThat(lines).hasSize(3);
    assertThat(lines.get(2)).contains("ACCOUNT_CREATED").contains(account.toString());

    admin.get().uri("/api/audit-events?from=yesterday").exchange().expectStatus().isBadRequest();
  }
}
