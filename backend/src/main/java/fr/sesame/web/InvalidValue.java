package fr.sesame.web;

/**
 * A value that cannot be used, and why, as a {@link Message}: thrown by checks such as a UAI's or a
 * URL's, and turned into a field error by their callers.
 */
public class InvalidValue extends IllegalArgumentException {

  private final transient Message reason;

  public InvalidValue(Message reason) {
    // For logs and tests: the code and its arguments; callers get the words.
    super(reason.code() == null ? reason.text() : reason.code() + " " + reason.args(), null);
    this.reason = reason;
  }

  public Message reason() {
    return reason;
  }

  /** The reason of any {@link IllegalArgumentException}: a plain text unless it is ours. */
  public static Message messageOf(IllegalArgumentException wrong) {
    return wrong instanceof InvalidValue invalid
        ? invalid.reason()
        : Message.plain(String.valueOf(wrong.getMessage()));
  }
}
