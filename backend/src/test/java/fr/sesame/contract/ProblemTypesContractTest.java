package fr.sesame.contract;

import static org.assertj.core.api.Assertions.assertThat;

import fr.sesame.web.ProblemType;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every problem type the code can answer is documented, and nothing documented is made up. */
class ProblemTypesContractTest {

  @Test
  void problemTypesInCodeAndContractAreTheSame() {
    Set<String> inCode =
        Arrays.stream(ProblemType.values())
            .map(type -> type.uri().toString())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> inContract = new TreeSet<>();
    Matcher matcher = Pattern.compile("/problems/[a-z-]+").matcher(ContractFile.text());
    while (matcher.find()) {
      inContract.add(matcher.group());
    }
    assertThat(inContract).isEqualTo(inCode);
  }

  @Test
  void eachTypeIsInTheProblemTable() {
    String contract = ContractFile.text();
    for (ProblemType type : ProblemType.values()) {
      assertThat(contract)
          .as(type.name())
          .contains("| `" + type.uri() + "` | " + type.status().value() + " |");
    }
  }
}
