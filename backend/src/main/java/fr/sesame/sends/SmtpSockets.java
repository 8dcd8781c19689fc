package fr.sesame.sends;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import javax.net.SocketFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Connections to the SMTP server with Nagle's algorithm off (plain and STARTTLS; an {@code smtps}
 * server keeps Jakarta Mail's own sockets). Jakarta Mail sends a message's last bytes, the ending
 * dot, in a small packet of their own; with Nagle on, that packet waits until the server
 * acknowledges the one before, which a server delays by up to 40 ms: most of an e-mail's time, on
 * any server that answers fast. Measured over one connection to GreenMail with an 82 KB attachment:
 * 28–32 e-mails/s with Nagle, 120–156 without. A socket factory the configuration names wins.
 */
@Component
class SmtpSockets implements BeanPostProcessor {

  static final String FACTORY = "mail.smtp.socketFactory";

  @Override
  public Object postProcessBeforeInitialization(Object bean, String name) {
    if (bean instanceof JavaMailSenderImpl sender) {
      var properties = sender.getJavaMailProperties();
      if (!properties.containsKey(FACTORY) && !properties.containsKey(FACTORY + ".class")) {
        properties.put(FACTORY, new NoDelay());
      }
    }
    return bean;
  }

  /** The platform's plain sockets, each with {@code TCP_NODELAY}. */
  static final class NoDelay extends SocketFactory {

    private final SocketFactory sockets = SocketFactory.getDefault();

    @Override
    public Socket createSocket() throws IOException {
      return noDelay(sockets.createSocket());
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return noDelay(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(sockets.createSocket(host, port, local, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return noDelay(sockets.createSocket(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port, InetAddress local, int localPort)
        throws IOException {
      return noDelay(sockets.createSocket(host, port, local, localPort));
    }

    private static Socket noDelay(Socket socket) throws IOException {
      socket.setTcpNoDelay(true);
      return socket;
    }
  }
}
