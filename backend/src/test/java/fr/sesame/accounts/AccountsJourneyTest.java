package fr.sesame.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.testing.ApplicationTest;
import fr.sesame.testing.JsonPages;
import fr.sesame.testing.SignedIn;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** An administrator keeps the directory: create, find, change, link, act in bulk, delete. */
@ApplicationTest
class AccountsJourneyTest {

  @Autowired WebTestClient webTestClient;
  @Autowired DatabaseClient db;
  WebTestClient client;
  String tag;

  @BeforeEach
  void signIn() {
    client = SignedIn.admin(webTestClient);
    tag = "T" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void createsWithAGeneratedLoginAndFindsItWithoutAccents() {
    Account first = create(input("PARENT", "Dupré" + tag, "Hélène", null));
    Account second = create(input("PARENT", "Dupré" + tag, "Hélène", null));
    String base = "helene.dupre" + tag.toLowerCase();
    assertThat(first.login()).isEqualTo(base);
    assertThat(second.login()).isEqualTo(base + "2");
    assertThat(first.passwordState()).isEqualTo(PasswordState.NONE);
    assertThat(first.connectionMode()).isEqualTo(ConnectionMode.DIRECT);

    Map<String, Object> page = list("q=HELENE dupre" + tag + "&kind=PARENT&sort=login,desc");
    assertThat(page.get("total")).isEqualTo(2);
    assertThat(logins(page)).containsExactly(base + "2", base);
  }

  @Test
  void pagesFiltersAndSorts() {
    for (String name : List.of("Bernard", "Albert", "Émile", "Camille", "Denis")) {
      Map<String, Object> student = input("STUDENT", name + tag, "Zoé", null);
      student.put("className", "6" + tag);
      create(student);
    }
    Map<String, Object> page = list("className=6" + tag + "&page=1&size=2&sort=lastName,asc");
    assertThat(page.get("total")).isEqualTo(5);
    assertThat(page.get("page")).isEqualTo(1);
    // Accents do not push « Émile » after « Z »: it sorts as « Emile ».
    assertThat(lastNames(page)).containsExactly("Camille" + tag, "Denis" + tag);
    assertThat(lastNames(list("className=6" + tag + "&page=0&size=3")))
        .containsExactly("Albert" + tag, "Bernard" + tag, "Camille" + tag);
    assertThat(list("className=6" + tag + "&hasEmail=true").get("total")).isEqualTo(0);
    client
        .get()
        .uri("/api/accounts/classes")
        .exchange()
        .expectBody(new ParameterizedTypeReference<List<String>>() {})
        .value(classes -> assertThat(classes).contains("6" + tag));
  }

  @Test
  void linksParentsToStudentsBothWays() {
    Account child = create(input("STUDENT", "Lefèvre" + tag, "Zoé", null));
    Map<String, Object> parent = input("PARENT", "Lefèvre" + tag, "Marc", null);
    parent.put("childrenIds", List.of(child.id()));
    Account created = create(parent);
    assertThat(created.childrenIds()).containsExactly(child.id());
    client
        .get()
        .uri("/api/accounts/" + child.id())
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Account.class)
        .value(student -> assertThat(student.parentIds()).containsExactly(created.id()));

    // A parent who becomes a teacher keeps no children.
    Map<String, Object> nowTeacher = input("TEACHER", "Lefèvre" + tag, "Marc", null);
    client
        .put()
        .uri("/api/accounts/" + created.id())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(nowTeacher)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Account.class)
        .value(teacherNow -> assertThat(teacherNow.childrenIds()).isEmpty());
    client
        .get()
        .uri("/api/accounts/" + child.id())
        .exchange()
        .expectBody(Account.class)
        .value(student -> assertThat(student.parentIds()).isEmpty());

    Account teacher = create(input("TEACHER", "Prof" + tag, "Paul", null));
    parent.put("childrenIds", List.of(teacher.id()));
    post(parent)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("childrenIds");
  }

  @Test
  void refusesBadInputClearlyAndStoresNothing() {
    Map<String, Object> wrong = input("STUDENT", "", "Zoé", "not a login");
    wrong.put("email", "zoe@example.fr\nBcc: everyone@example.fr");
    post(wrong)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/validation-failed")
        .jsonPath("$.errors[*].field")
        .value(fields -> assertThat(fields.toString()).contains("lastName"));

    Map<String, Object> badEmail = input("STUDENT", "Nom" + tag, "Zoé", null);
    badEmail.put("email", "zoe@example.fr\nBcc: everyone@example.fr");
    post(badEmail)
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("email");

    Map<String, Object> unknownKind = input("WIZARD", "Nom" + tag, "Zoé", null);
    post(unknownKind).expectStatus().isBadRequest();

    Account existing = create(input("STAFF", "Martin" + tag, "Anne", "anne." + tag.toLowerCase()));
    post(input("STAFF", "Autre" + tag, "Anne", existing.login()))
        .expectStatus()
        .isEqualTo(409)
        .expectBody()
        .jsonPath("$.type")
        .isEqualTo("/problems/conflict");
    assertThat(list("q=" + tag).get("total")).isEqualTo(1);
  }

  @Test
  void updatesKeepsTheLoginAndAuditsWithoutSecrets() {
    Account account = create(input("TEACHER", "Durand" + tag, "Léa", null));
    Map<String, Object> change = input("TEACHER", "Durand-Petit" + tag, "Léa", null);
    change.put("connectionMode", "ENT");
    client
        .put()
        .uri("/api/accounts/" + account.id())
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(change)
        .exchange()
        .expectStatus()
        .isOk()
        .expectBody(Account.class)
        .value(
            updated -> {
              assertThat(updated.lastName()).isEqualTo("Durand-Petit" + tag);
              assertThat(updated.login()).isEqualTo(account.login());
              assertThat(updated.connectionMode()).isEqualTo(ConnectionMode.ENT);
            });
    List<String> actions =
        db.sql(
                "select action || ' by ' || actor as a from audit_event where target_id = :id order by id")
            .bind("id", account.id().toString())
            .map(row -> row.get("a", String.class))
            .all()
            .collectList()
            .block();
    assertThat(actions).containsExactly("ACCOUNT_CREATED by admin", "ACCOUNT_UPDATED by admin");
  }

  @Test
  void actsInBulkAllOrNothing() {
    Account a = create(input("STUDENT", "Bulk" + tag, "Un", null));
    Account b = create(input("STUDENT", "Bulk" + tag, "Deux", null));
    bulk(Map.of(
            "action",
            "SET_CONNECTION_MODE",
            "accountIds",
            List.of(a.id(), b.id()),
            "connectionMode",
            "ENT"))
        .expectStatus()
        .isOk()
        .expectBody()
        .jsonPath("$.affected")
        .isEqualTo(2);
    assertThat(list("q=bulk" + tag + "&connectionMode=ENT").get("total")).isEqualTo(2);

    bulk(Map.of("action", "DELETE", "accountIds", List.of(a.id(), UUID.randomUUID())))
        .expectStatus()
        .isNotFound();
    assertThat(list("q=bulk" + tag).get("total")).isEqualTo(2);

    bulk(Map.of("action", "DELETE", "accountIds", List.of(a.id(), b.id()))).expectStatus().isOk();
    assertThat(list("q=bulk" + tag).get("total")).isEqualTo(0);
    client.get().uri("/api/accounts/" + a.id()).exchange().expectStatus().isNotFound();
  }

  @Test
  void refusesAnUnknownSort() {
    client
        .get()
        .uri("/api/accounts?sort=password,asc")
        .exchange()
        .expectStatus()
        .isBadRequest()
        .expectBody()
        .jsonPath("$.errors[0].field")
        .isEqualTo("sort");
  }

  private Map<String, Object> input(String kind, String lastName, String firstName, String login) {
    Map<String, Object> input = new HashMap<>();
    input.put("kind", kind);
    input.put("lastName", lastName);
    input.put("firstName", firstName);
    input.put("login", login);
    return input;
  }

  private WebTestClient.ResponseSpec post(Map<String, Object> input) {
    return client
        .post()
        .uri("/api/accounts")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(input)
        .exchange();
  }

  private Account create(Map<String, Object> input) {
    return post(input)
        .expectStatus()
        .isCreated()
        .expectBody(Account.class)
        .returnResult()
        .getResponseBody();
  }

  private WebTestClient.ResponseSpec bulk(Map<String, Object> action) {
    return client
        .post()
        .uri("/api/accounts/bulk")
        .contentType(MediaType.APPLICATION_JSON)
        .bodyValue(action)
        .exchange();
  }

  private Map<String, Object> list(String query) {
    return JsonPages.get(client, "/api/accounts?" + query);
  }

  @SuppressWarnings("unchecked")
  private static List<String> logins(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(a -> (String) a.get("login")).toList();
  }

  @SuppressWarnings("unchecked")
  private static List<String> lastNames(Map<String, Object> page) {
    return ((List<Map<String, Object>>) page.get("items"))
        .stream().map(a -> (String) a.get("lastName")).toList();
  }
}
