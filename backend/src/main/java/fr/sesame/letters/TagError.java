package fr.sesame.letters;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.sesame.web.Message;

/**
 * A merge tag that cannot stay, and where it is in the submitted body (from 1); {@code code} is
 * stable, {@code message} in the caller's language.
 */
@JsonPropertyOrder({"tag", "line", "column", "code", "message"})
public record TagError(String tag, int line, int column, @JsonIgnore Message text) {

  @JsonProperty("code")
  public String code() {
    return text.code() == null ? "tag.invalid" : text.code();
  }

  @JsonProperty("message")
  public Message message() {
    return text;
  }
}
