package fr.sesame.sends;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.Date;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * One SMTP connection for a batch of e-mails, opened at the first and closed after the last,
 * instead of a connection (and its greeting, EHLO, perhaps TLS and login) per e-mail. A message
 * that fails leaves the others alone: the connection is opened again for the next, unless the
 * server could not be reached at all, which then fails the rest of the batch at once.
 *
 * <p>Blocking and not thread-safe: one message at a time, off the event loop.
 */
final class SmtpConnection implements AutoCloseable {

  private final JavaMailSender sender;
  private Transport transport;
  private MessagingException unreachable;

  SmtpConnection(JavaMailSender sender) {
    this.sender = sender;
  }

  void send(MimeMessage message) throws MessagingException {
    if (!(sender instanceof JavaMailSenderImpl settings)) {
      sender.send(message); // a sender configured otherwise: one connection each
      return;
    }
    if (unreachable != null) {
      throw unreachable;
    }
    if (transport == null || !transport.isConnected()) {
      close();
      transport = connect(settings);
    }
    // As JavaMailSenderImpl prepares a message before it sends it.
    if (message.getSentDate() == null) {
      message.setSentDate(new Date());
    }
    String id = message.getMessageID();
    message.saveChanges();
    if (id != null) {
      message.setHeader("Message-ID", id);
    }
    Address[] to = message.getAllRecipients();
    try {
      transport.sendMessage(message, to == null ? new Address[0] : to);
    } catch (MessagingException e) {
      close(); // whatever state the failure left the session in, the next message starts afresh
      throw e;
    }
  }

  private Transport connect(JavaMailSenderImpl settings) throws MessagingException {
    String protocol = settings.getProtocol() == null ? "smtp" : settings.getProtocol();
    Transport opened = settings.getSession().getTransport(protocol);
    String username = blankToNull(settings.getUsername());
    String password = username == null ? null : blankToNull(settings.getPassword());
    try {
      opened.connect(settings.getHost(), settings.getPort(), username, password);
      return opened;
    } catch (MessagingException e) {
      unreachable = e;
      throw e;
    }
  }

  /** Why the server could not be reached, once it could not: the rest of the batch fails too. */
  MessagingException unreachable() {
    return unreachable;
  }

  private static String blankToNull(String value) {
    return value == null || value.isEmpty() ? null : value;
  }

  @Override
  public void close() {
    if (transport != null) {
      try {
        transport.close();
      } catch (MessagingException e) {
        // QUIT unanswered: the messages it sent were already accepted one by one.
      }
      transport = null;
    }
  }
}
