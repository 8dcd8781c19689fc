package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import java.net.ConnectException;
import java.util.Map;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

/** Which SMTP failures end an e-mail's tries: a 5xx for the address only. */
class SmtpRefusalTest {

  @Test
  void a550AtRcptAsSpringReportsItIsARefusalWithTheServersAnswer() throws Exception {
    InternetAddress to = new InternetAddress("bruno@exmaple.fr");
    SendFailedException invalid =
        new SendFailedException(
            "Invalid Addresses",
            new SMTPAddressFailedException(
                to, "RCPT TO:<bruno@exmaple.fr>", 550, "550 5.1.1 no such user\n"),
            new Address[0],
            new Address[0],
            new Address[] {to});
    MailSendException spring = new MailSendException(Map.of(new Object(), invalid));
    assertThat(SmtpRefusal.of(spring)).isEqualTo("550 5.1.1 no such user");
  }

  @Test
  void a554AtDataIsARefusal() {
    SMTPSendFailedException atData =
        new SMTPSendFailedException("DATA", 554, "554 5.7.1 rejected", null, null, null, null);
    assertThat(SmtpRefusal.of(new MailSendException("failed", atData))).startsWith("554");
  }

  @Test
  void temporaryFailuresAndAServerDownAreNot() throws Exception {
    InternetAddress to = new InternetAddress("anne@example.fr");
    assertThat(
            SmtpRefusal.of(
                new MailSendException(
                    "failed",
                    new SMTPAddressFailedException(to, "RCPT TO", 450, "450 mailbox busy"))))
        .isNull();
    assertThat(
            SmtpRefusal.of(
                new MailSendException(
                    "failed",
                    new MessagingException("Could not connect", new ConnectException("refused")))))
        .isNull();
  }
}
