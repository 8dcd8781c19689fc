package fr.sesame.sends;

import fr.sesame.accounts.Account;
import fr.sesame.accounts.AccountService;
import fr.sesame.credentials.CredentialService;
import fr.sesame.identity.IdentityService;
import fr.sesame.letters.LetterVariant;
import fr.sesame.printing.IppPrinter;
import fr.sesame.printing.PrinterStatus;
import fr.sesame.templates.Template;
import fr.sesame.templates.TemplateService;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Works out a send from its request: the same answer for the dry run and the real thing. */
@Component
class SendPlanner {

  private final TemplateService templates;
  private final AccountService accounts;
  private final IdentityService identity;
  private final IppPrinter printer;
  private final boolean mailConfigured;

  SendPlanner(
      TemplateService templates,
      AccountService accounts,
      IdentityService identity,
      IppPrinter printer,
      ObjectProvider<JavaMailSender> mail) {
    this.templates = templates;
    this.accounts = accounts;
    this.identity = identity;
    this.printer = printer;
    this.mailConfigured = mail.getIfAvailable() != null;
  }

  Mono<SendPlan> plan(SendRequest request) {
    SendRequest.Selection selection = request.selection();
    List<UUID> ids = selection == null ? null : selection.accountIds();
    SendRequest.Filter filter = selection == null ? null : selection.filter();
    return Mono.zip(
            templates.get(request.templateId()),
            accounts.audience(
                request.audience(),
                ids == null ? null : ids.stream().distinct().toList(),
                filter == null ? null : filter.className(),
                filter == null ? null : filter.passwordState()),
            identity.get(),
            request.output() == SendOutput.PRINT ? printer.status() : Mono.just(NO_PRINTER))
        .map(
            found -> {
              SendPlan plan =
                  plan(
                      request,
                      found.getT1(),
                      found.getT2(),
                      ids,
                      found.getT3().publicUrl() != null,
                      mailConfigured);
              if (request.output() == SendOutput.PRINT) {
                printing(found.getT4(), plan);
              }
              return plan;
            });
  }

  private static final PrinterStatus NO_PRINTER = new PrinterStatus(false, null, null, null, null);

  /** Without a printer the console prints from the browser; one that does not answer blocks. */
  private static void printing(PrinterStatus status, SendPlan plan) {
    if (!status.configured()) {
      plan.warnings()
          .add(
              new DryRun.Notice(
                  "PRINT_IN_BROWSER",
                  "No printer is configured (SESAME_PRINTER_URI): the letters will open in the"
                      + " browser's print dialog."));
    } else if (!status.reachable()) {
      plan.problems()
          .add(
              new DryRun.Notice(
                  "PRINTER_UNREACHABLE",
                  "The printer " + status.uri() + " does not answer: " + status.message()));
    }
  }

  private static SendPlan plan(
      SendRequest request,
      Template template,
      List<Account> selected,
      List<UUID> askedIds,
      boolean hasPublicUrl,
      boolean mailConfigured) {
    List<DryRun.Notice> problems = new ArrayList<>();
    List<DryRun.Notice> warnings = new ArrayList<>();
    if (!template.audiences().contains(request.audience())) {
      problems.add(
          new DryRun.Notice(
              "TEMPLATE_AUDIENCE",
              "The template « "
                  + template.name()
                  + " » is not written for "
                  + request.audience()
                  + "."));
    }
    if (!hasPublicUrl) {
      problems.add(
          new DryRun.Notice(
              "PUBLIC_URL_MISSING",
              "Set the public URL in Paramètres › Identité: letters point to it."));
    }
    if (askedIds != null) {
      Set<UUID> found = selected.stream().map(Account::id).collect(Collectors.toSet());
      long unknown = askedIds.stream().distinct().filter(id -> !found.contains(id)).count();
      if (unknown > 0) {
        problems.add(
            new DryRun.Notice("UNKNOWN_ACCOUNTS", unknown + " selected account(s) do not exist."));
      }
      long otherKind = selected.stream().filter(a -> a.kind() != request.audience()).count();
      if (otherKind > 0) {
        problems.add(
            new DryRun.Notice(
                "OTHER_AUDIENCE",
                otherKind + " selected account(s) are not " + request.audience() + "."));
      }
    }
    List<Account> eligible = new ArrayList<>();
    List<DryRun.Skipped> skipped = new ArrayList<>();
    for (Account account : selected) {
      String reason = CredentialService.ineligibility(account);
      if (reason == null) {
        eligible.add(account);
      } else {
        skipped.add(new DryRun.Skipped(account, reason));
      }
    }
    if (eligible.isEmpty()) {
      problems.add(new DryRun.Notice("NOBODY", "Nobody in this selection gets a letter."));
    }
    if (request.audience() == fr.sesame.accounts.AccountKind.STUDENT
        && template.variant() == LetterVariant.QR) {
      warnings.add(
          new DryRun.Notice(
              "STUDENT_QR",
              "QR letters handed out in class are easy for a neighbour to scan: prefer the letter"
                  + " without QR code, or e-mail the parents."));
    }
    if (request.output() == SendOutput.EMAIL && !mailConfigured) {
      problems.add(
          new DryRun.Notice(
              "MAIL_NOT_CONFIGURED",
              "No SMTP server is configured (SPRING_MAIL_HOST): choose PDF, or configure e-mail."));
    }
    return new SendPlan(template, selected, eligible, skipped, problems, warnings);
  }
}
