package fr.sesame;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of one Sésame deployment, bound from {@code sesame.*} (environment: {@code SESAME_*}).
 *
 * @param dataDir where the embedded database and generated keys live
 * @param admin the first administrator, created on first start
 * @param session lifetime of a console session
 * @param hostedDomain when Sésame is hosted for many schools, the domain under which each school
 *     gets {@code <uai>.<domain>}; unset for a school's own server
 * @param accounts how accounts are named
 * @param mail how letters leave by e-mail
 * @param printer where {@code PRINT} sends are printed
 * @param apiKeys limits of the keys other systems call the API with
 * @param webhooks how events are posted to other systems
 */
@ConfigurationProperties("sesame")
public record SesameProperties(
    @DefaultValue("./data") Path dataDir,
    @DefaultValue Admin admin,
    @DefaultValue Session session,
    String hostedDomain,
    @DefaultValue Accounts accounts,
    @DefaultValue Mail mail,
    @DefaultValue Printer printer,
    @DefaultValue ApiKeys apiKeys,
    @DefaultValue Webhooks webhooks) {

  /**
   * @param uri the IPP printer {@code PRINT} sends go to, such as {@code
   *     ipp://localhost:631/printers/Secretariat}; unset, the console prints from the browser
   * @param user the {@code requesting-user-name} of the jobs
   */
  public record Printer(URI uri, @DefaultValue("sesame") String user) {}

  /**
   * @param requestsPerMinute calls one API key may make in a minute before {@code 429}
   */
  public record ApiKeys(@DefaultValue("600") int requestsPerMinute) {}

  /**
   * @param allowPrivateNetwork let webhooks reach loopback and private addresses (a school's own
   *     network, tests); refused by default so that a webhook cannot probe the server's network
   * @param maxAttempts tries before a delivery is marked failed
   * @param timeout how long a receiver has to answer
   */
  public record Webhooks(
      @DefaultValue("false") boolean allowPrivateNetwork,
      @DefaultValue("8") int maxAttempts,
      @DefaultValue("10s") Duration timeout) {}

  /**
   * @param from the sender of letters sent by e-mail
   * @param maxAttempts tries before an e-mail is marked failed
   * @param lease how long an instance holds an e-mail it is sending; if it dies, another instance
   *     (or the same, restarted) takes the e-mail over after this
   * @param connections SMTP connections an instance uses at once; lower it for a server that allows
   *     fewer per client
   */
  public record Mail(
      @DefaultValue("Sésame <no-reply@sesame.invalid>") String from,
      @DefaultValue("5") int maxAttempts,
      @DefaultValue("2m") Duration lease,
      @DefaultValue("3") int connections) {}

  /**
   * @param username login of the first administrator
   * @param password its password; when blank, a random one is generated and printed once
   */
  public record Admin(@DefaultValue("admin") String username, String password) {}

  /**
   * @param idleTimeout a session unused this long ends
   * @param absoluteTimeout no session lives longer than this
   */
  /**
   * @param loginPattern how a login is made from the names when none is given: the words {@code
   *     prenom} and {@code nom} (or {@code p} and {@code n} for their initials) joined by {@code
   *     .}, {@code -} or {@code _}
   */
  public record Accounts(@DefaultValue("prenom.nom") String loginPattern) {}

  public record Session(
      @DefaultValue("2h") Duration idleTimeout, @DefaultValue("12h") Duration absoluteTimeout) {}
}
