package fr.sesame.sends;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small SMTP server on a free loopback port that accepts every message except to the addresses it
 * is told to refuse: those get {@code 550 5.1.1 mailbox does not exist} at RCPT, as a real server
 * answers a typo. Keeps what it accepted, and counts each RCPT it refused.
 */
final class RefusingSmtpServer implements AutoCloseable {

  static final String REFUSAL = "550 5.1.1 <%s>: mailbox does not exist";

  // One for every message: making a session searches the classpath for providers, and so does
  // reading a message unless its stream provider is named (as MailOutbox names it).
  static {
    if (System.getProperty("jakarta.mail.util.StreamProvider") == null) {
      System.setProperty(
          "jakarta.mail.util.StreamProvider", "org.eclipse.angus.mail.util.MailStreamProvider");
    }
  }

  private static final Session SESSION = Session.getInstance(new Properties());

  private final ServerSocket server;
  private final Set<String> refused;
  private final ExecutorService threads = Executors.newCachedThreadPool();
  private final List<MimeMessage> received = new CopyOnWriteArrayList<>();
  private final List<String> refusedTries = new CopyOnWriteArrayList<>();

  RefusingSmtpServer(Set<String> refused) throws IOException {
    this.refused = refused;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  int port() {
    return server.getLocalPort();
  }

  List<MimeMessage> received() {
    return received;
  }

  List<MimeMessage> to(String address) throws Exception {
    List<MimeMessage> found = new java.util.ArrayList<>();
    for (MimeMessage message : received) {
      if (message.getAllRecipients()[0].toString().equalsIgnoreCase(address)) {
        found.add(message);
      }
    }
    return found;
  }

  List<String> refusedTries() {
    return refusedTries;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        threads.execute(() -> converse(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void converse(Socket socket) {
    try (socket;
        BufferedReader in =
            new BufferedReader(
                new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        OutputStream out = socket.getOutputStream()) {
      reply(out, "220 localhost ESMTP test");
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.toUpperCase(Locale.ROOT);
        if (command.startsWith("EHLO") || command.startsWith("HELO")) {
          reply(out, "250 localhost");
        } else if (command.startsWith("RCPT TO:")) {
          String address = line.substring(8).replaceAll("[<>\\s]", "").toLowerCase(Locale.ROOT);
          if (refused.contains(address)) {
            refusedTries.add(address);
            reply(out, String.format(REFUSAL, address));
          } else {
            reply(out, "250 2.1.5 OK");
          }
        } else if (command.startsWith("DATA")) {
          reply(out, "354 end with <CRLF>.<CRLF>");
          StringBuilder data = new StringBuilder();
          while ((line = in.readLine()) != null && !line.equals(".")) {
            data.append(line.startsWith("..") ? line.substring(1) : line).append("\r\n");
          }
          received.add(
              new MimeMessage(
                  SESSION,
                  new ByteArrayInputStream(data.toString().getBytes(StandardCharsets.UTF_8))));
          reply(out, "250 2.0.0 queued");
        } else if (command.startsWith("QUIT")) {
          reply(out, "221 bye");
          return;
        } else {
          reply(out, "250 OK"); // MAIL FROM, RSET, NOOP
        }
      }
    } catch (Exception ignored) {
      // the client hung up
    }
  }

  private static void reply(OutputStream out, String line) throws IOException {
    out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    threads.shutdownNow();
  }
}
