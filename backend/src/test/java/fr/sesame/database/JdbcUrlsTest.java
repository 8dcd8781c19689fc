package fr.sesame.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

  @ParameterizedTest
  @CsvSource({
    "r2dbc:postgresql://db:5432/sesame, jdbc:postgresql://db:5432/sesame",
    "r2dbc:pool:postgresql://db/sesame?maxSize=20, jdbc:postgresql://db/sesame",
    "r2dbcs:postgresql://db.example:6432/sesame, jdbc:postgresql://db.example:6432/sesame?sslmode=require",
    "r2dbc:postgres://localhost:5432/x, jdbc:postgresql://localhost:5432/x",
  })
  void derivesFlywaysUrlFromR2dbcs(String r2dbc, String jdbc) {
    assertThat(JdbcUrls.fromR2dbc(r2dbc)).isEqualTo(jdbc);
  }

  @ParameterizedTest
  @CsvSource({"r2dbc:mysql://db/sesame", "jdbc:postgresql://db/sesame"})
  void refusesWhatIsNotPostgreSql(String url) {
    assertThatThrownBy(() -> JdbcUrls.fromR2dbc(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("r2dbc:postgresql://");
  }
}
