package fr.sesame.identity;

import fr.sesame.SesameProperties;
import fr.sesame.audit.Actor;
import fr.sesame.audit.AuditLog;
import fr.sesame.web.InvalidValue;
import fr.sesame.web.Message;
import fr.sesame.web.ProblemException;
import fr.sesame.web.ProblemException.FieldError;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/** Reads and changes the establishment's identity; every change is audited. */
@Service
public class IdentityService {

  static final String LOGO_PATH = "/api/identity/logo";

  private final IdentityRepository repository;
  private final AuditLog audit;
  private final Clock clock;
  private final String hostedDomain;

  IdentityService(
      IdentityRepository repository, AuditLog audit, Clock clock, SesameProperties properties) {
    this.repository = repository;
    this.audit = audit;
    this.clock = clock;
    this.hostedDomain =
        StringUtils.hasText(properties.hostedDomain())
            ? properties.hostedDomain().trim().toLowerCase(Locale.ROOT)
            : null;
  }

  public Mono<Identity> get() {
    return repository.find().map(this::toIdentity);
  }

  @Transactional
  Mono<Identity> update(IdentityInput input, Actor actor) {
    List<FieldError> errors = new ArrayList<>();
    // An establishment without a name prints nameless letters: refused, not saved as if valid.
    if (!StringUtils.hasText(input.name())) {
      errors.add(new FieldError("name", Message.of("field.required")));
    }
    String uai = checked(input.uai(), "uai", Uai::normalise, errors);
    String publicUrl = checked(input.publicUrl(), "publicUrl", PublicUrls::normalise, errors);
    String nextStepUrl =
        checked(input.nextStepUrl(), "nextStepUrl", NextStepUrls::normalise, errors);
    String nextStepLabel = blankToNull(input.nextStepLabel());
    if (nextStepUrl != null && nextStepLabel == null) {
      errors.add(new FieldError("nextStepLabel", Message.of("identity.nextStepLabelRequired")));
    }
    if (nextStepLabel != null && !StringUtils.hasText(input.nextStepUrl())) {
      errors.add(new FieldError("nextStepUrl", Message.of("identity.nextStepUrlRequired")));
    }
    if (!errors.isEmpty()) {
      return Mono.error(ProblemException.invalidFields(errors));
    }
    return repository
        .saveDetails(
            blankToNull(input.name()),
            uai,
            blankToNull(input.address()),
            publicUrl,
            new IdentityRepository.NextStep(nextStepUrl, nextStepLabel),
            clock.instant().atOffset(ZoneOffset.UTC))
        .then(
            audit.record(
                actor,
                "IDENTITY_UPDATED",
                "IDENTITY",
                null,
                Map.of("uai", String.valueOf(uai), "publicUrl", String.valueOf(publicUrl))))
        .then(get());
  }

  @Transactional
  Mono<Identity> replaceLogo(byte[] bytes, Actor actor) {
    return Mono.fromCallable(() -> LogoImage.check(bytes))
        // Reading image headers is blocking I/O in ImageIO's eyes: keep it off the event loop.
        .subscribeOn(Schedulers.boundedElastic())
        .onErrorMap(
            IllegalArgumentException.class,
            wrong ->
                ProblemException.invalidFields(
                    List.of(new FieldError("file", InvalidValue.messageOf(wrong)))))
        .flatMap(
            logo ->
                repository
                    .saveLogo(
                        logo.bytes(), logo.mediaType(), clock.instant().atOffset(ZoneOffset.UTC))
                    .then(
                        audit.record(
                            actor,
                            "LOGO_REPLACED",
                            "IDENTITY",
                            null,
                            Map.of(
                                "mediaType", logo.mediaType(),
                                "width", logo.width(),
                                "height", logo.height(),
                                "bytes", logo.bytes().length))))
        .then(get());
  }

  @Transactional
  Mono<Void> deleteLogo(Actor actor) {
    return repository
        .saveLogo(null, null, clock.instant().atOffset(ZoneOffset.UTC))
        .then(audit.record(actor, "LOGO_DELETED", "IDENTITY", null, Map.of()));
  }

  /** The logo's bytes and type, for the public activation page as for the console. */
  public Mono<StoredLogo> logo() {
    return repository.findLogo();
  }

  /** The logo as a {@code data:} URI for letters, which must not fetch anything; empty if none. */
  public Mono<String> logoDataUri() {
    return repository
        .findLogo()
        .map(
            logo ->
                "data:"
                    + logo.mediaType()
                    + ";base64,"
                    + java.util.Base64.getEncoder().encodeToString(logo.bytes()));
  }

  private Identity toIdentity(IdentityRepository.Row row) {
    String hosted =
        hostedDomain != null && row.uai() != null
            ? "https://" + row.uai().toLowerCase(Locale.ROOT) + "." + hostedDomain + "/"
            : null;
    return new Identity(
        row.name(),
        row.uai(),
        row.address(),
        row.publicUrl(),
        row.hasLogo() ? LOGO_PATH : null,
        hosted,
        row.nextStepUrl(),
        row.nextStepLabel());
  }

  private static String checked(
      String raw, String field, Function<String, String> normaliser, List<FieldError> errors) {
    if (!StringUtils.hasText(raw)) {
      return null;
    }
    try {
      return normaliser.apply(raw);
    } catch (IllegalArgumentException wrong) {
      errors.add(new FieldError(field, InvalidValue.messageOf(wrong)));
      return null;
    }
  }

  private static String blankToNull(String value) {
    return StringUtils.hasText(value) ? value.trim() : null;
  }
}
