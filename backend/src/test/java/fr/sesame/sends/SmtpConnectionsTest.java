package fr.sesame.sends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

/** A batch's messages over a few SMTP connections at once, each used by one message at a time. */
class SmtpConnectionsTest {

  @Test
  void messagesSentAtOnceShareAtMostTheConnectionsAllowed() throws Exception {
    try (RefusingSmtpServer server = new RefusingSmtpServer(Set.of())) {
      JavaMailSenderImpl sender = sender(server.port());
      AtomicInteger next = new AtomicInteger();
      ExecutorService four = Executors.newFixedThreadPool(4);
      try (SmtpConnections connections = new SmtpConnections(sender, 2)) {
        List<Future<?>> sending = new ArrayList<>();
        for (int thread = 0; thread < 4; thread++) {
          sending.add(
              four.submit(
                  () -> {
                    for (int i = 0; i < 10; i++) {
                      connections.send(message(sender, next.incrementAndGet()));
                    }
                    return null;
                  }));
        }
        for (Future<?> each : sending) {
          each.get();
        }
        assertThat(connections.size()).as("connections opened").isBetween(1, 2);
      } finally {
        four.shutdown();
      }
      assertThat(server.received()).hasSize(40);
    }
  }

  @Test
  void onceTheServerCannotBeReachedTheRestOfTheBatchFailsWithoutTryingAgain() throws Exception {
    int closed;
    try (ServerSocket probe = new ServerSocket(0)) {
      closed = probe.getLocalPort();
    }
    JavaMailSenderImpl sender = sender(closed);
    try (SmtpConnections connections = new SmtpConnections(sender, 3)) {
      assertThatThrownBy(() -> connections.send(message(sender, 1)))
          .isInstanceOf(MessagingException.class);
      assertThatThrownBy(() -> connections.send(message(sender, 2)))
          .isInstanceOf(MessagingException.class);
      assertThat(connections.size()).as("no second connection tried").isEqualTo(1);
      assertThat(connections.reachable()).isFalse();
    }
  }

  private static JavaMailSenderImpl sender(int port) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    return sender;
  }

  private static MimeMessage message(JavaMailSenderImpl sender, int i) throws MessagingException {
    MimeMessage message = sender.createMimeMessage();
    MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
    helper.setFrom("sesame@example.fr");
    helper.setTo("parent" + i + "@example.fr");
    helper.setSubject("Lettre " + i);
    helper.setText("Bonjour");
    return message;
  }
}
