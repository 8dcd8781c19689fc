package fr.sesame.sends;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The SMTP connections of one round of the outbox, at most {@code max}: each message goes out on a
 * connection no other message is using, opened when none is free and fewer than {@code max} are
 * open, else the first to come free. While a server takes a message in, others travel on the other
 * connections: the outbox no longer waits, message after message, for the server's answer. Once a
 * server could not be reached at all, every later message fails at once.
 *
 * <p>Blocking: call off the event loop.
 */
final class SmtpConnections implements AutoCloseable {

  private final JavaMailSender sender;
  private final int max;
  private final BlockingQueue<SmtpConnection> idle = new LinkedBlockingQueue<>();
  private final List<SmtpConnection> opened = new CopyOnWriteArrayList<>();
  private volatile MessagingException unreachable;

  SmtpConnections(JavaMailSender sender, int max) {
    this.sender = sender;
    this.max = max;
  }

  void send(MimeMessage message) throws MessagingException {
    if (unreachable != null) {
      throw unreachable;
    }
    SmtpConnection connection = take();
    try {
      connection.send(message);
    } finally {
      if (connection.unreachable() != null) {
        unreachable = connection.unreachable();
      }
      idle.add(connection);
    }
  }

  private SmtpConnection take() throws MessagingException {
    SmtpConnection connection = idle.poll();
    if (connection != null) {
      return connection;
    }
    synchronized (opened) {
      if (opened.size() < max) {
        connection = new SmtpConnection(sender);
        opened.add(connection);
        return connection;
      }
    }
    try {
      return idle.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MessagingException("Stopped while waiting for an SMTP connection", e);
    }
  }

  /** False once the server could not be reached: every later message fails at once. */
  boolean reachable() {
    return unreachable == null;
  }

  /** How many connections were opened (for tests). */
  int size() {
    return opened.size();
  }

  @Override
  public void close() {
    opened.forEach(SmtpConnection::close);
  }
}
