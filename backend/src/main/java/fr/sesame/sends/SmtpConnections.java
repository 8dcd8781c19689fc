package fr.sesame.sends;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The SMTP connections of one batch: each message goes out on a connection no other message is
 * using, opened when none is free, so that as many messages are under way at once as callers send
 * at once (the outbox bounds that). While a server takes a message in, others travel on the other
 * connections: a batch no longer waits, message after message, for the server's answer. Once a
 * server could not be reached at all, every message of the batch fails at once.
 *
 * <p>Blocking: call off the event loop.
 */
final class SmtpConnections implements AutoCloseable {

  private final JavaMailSender sender;
  private final Queue<SmtpConnection> idle = new ConcurrentLinkedQueue<>();
  private final List<SmtpConnection> opened = new CopyOnWriteArrayList<>();
  private volatile MessagingException unreachable;

  SmtpConnections(JavaMailSender sender) {
    this.sender = sender;
  }

  void send(MimeMessage message) throws MessagingException {
    if (unreachable != null) {
      throw unreachable;
    }
    SmtpConnection connection = idle.poll();
    if (connection == null) {
      connection = new SmtpConnection(sender);
      opened.add(connection);
    }
    try {
      connection.send(message);
    } finally {
      if (connection.unreachable() != null) {
        unreachable = connection.unreachable();
      }
      idle.add(connection);
    }
  }

  /** How many connections this batch opened (for tests). */
  int size() {
    return opened.size();
  }

  @Override
  public void close() {
    opened.forEach(SmtpConnection::close);
  }
}
