package fr.sesame.sends;

import jakarta.mail.MessagingException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.springframework.mail.MailSendException;

/**
 * Tells a permanent refusal of the address (a 5xx answer to RCPT or to DATA: « 550 mailbox does not
 * exist ») from a failure worth trying again (4xx, no connection). Trying a refused address again
 * changes nothing: its letter goes to print at once.
 */
final class SmtpRefusal {

  private SmtpRefusal() {}

  /** The server's answer when it refused the address for good; null for any other failure. */
  static String of(Throwable error) {
    Deque<Throwable> todo = new ArrayDeque<>();
    Set<Throwable> seen = new HashSet<>();
    todo.push(error);
    while (!todo.isEmpty()) {
      Throwable t = todo.pop();
      if (!seen.add(t)) {
        continue;
      }
      int code = -1;
      if (t instanceof SMTPAddressFailedException refused) {
        code = refused.getReturnCode();
      } else if (t instanceof SMTPSendFailedException refused) {
        code = refused.getReturnCode(); // at DATA: the message, so this address, refused
      }
      if (code >= 500 && code < 600) {
        String answer = t.getMessage() == null ? String.valueOf(code) : t.getMessage().strip();
        return answer.startsWith(String.valueOf(code)) ? answer : code + " " + answer;
      }
      if (t instanceof MailSendException failed) {
        failed.getFailedMessages().values().forEach(todo::push);
      }
      if (t instanceof MessagingException messaging && messaging.getNextException() != null) {
        todo.push(messaging.getNextException());
      }
      if (t.getCause() != null) {
        todo.push(t.getCause());
      }
    }
    return null;
  }
}
