package cn.yicibang.ejb.mediation;

import cn.yicibang.domain.mediation.DisputeCase;
import cn.yicibang.domain.mediation.DisputeEventKind;
import cn.yicibang.domain.mediation.DisputeStatus;
import cn.yicibang.domain.mediation.LevelRule;
import cn.yicibang.domain.mediation.MediationBody;
import cn.yicibang.domain.mediation.MediationLevel;
import cn.yicibang.domain.mediation.Party;
import cn.yicibang.domain.mediation.Round;
import cn.yicibang.domain.organisation.Organisation;
import cn.yicibang.ejb.printing.FormLabels;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Turns disputes into what pages, REST and forms show, in the caller's language. */
final class MediationPresentation {

  private MediationPresentation() {}

  static MediationViews.BodyOption option(
      MediationBody b, Map<MediationLevel, LevelRule> levels, Locale locale) {
    FormLabels labels = FormLabels.of(locale);
    LevelRule rule = levels.get(b.level());
    String name = b.organisation().name(locale);
    String level = rule == null ? b.level().name() : rule.name(locale);
    String kind = labels.of(b.kind());
    return new MediationViews.BodyOption(
        b.id(),
        name,
        b.level(),
        level,
        kind,
        new java.text.MessageFormat(labels.bundle().getString("mediation.bodyOption"), locale)
            .format(new Object[] {name, level, kind}));
  }

  static MediationViews.Summary summary(DisputeCase c, LocalDate today, Locale locale) {
    FormLabels labels = FormLabels.of(locale);
    return new MediationViews.Summary(
        c.caseNo(),
        c.type().name(locale),
        c.station().name(locale),
        c.body() == null ? "" : c.body().organisation().name(locale),
        c.level(),
        c.status(),
        labels.of(c.status()),
        partyNames(c, labels),
        c.receivedAt(),
        c.acceptDueAt(),
        c.acceptanceOverdueAt() != null && c.status() == DisputeStatus.HANDED_OVER,
        c.rounds().size(),
        c.followUpDue(),
        c.status() == DisputeStatus.SETTLED
            && c.followUpDue() != null
            && !c.followUpDue().isAfter(today),
        c.outcomeAt() != null && c.outcomeSeenAt() == null);
  }

  static String partyNames(DisputeCase c, FormLabels labels) {
    List<String> names = new ArrayList<>();
    c.parties().forEach(p -> names.add(p.name()));
    return String.join(labels.bundle().getString("list.separator"), names);
  }

  static MediationViews.Detail detail(
      DisputeCase c,
      Map<MediationLevel, LevelRule> levels,
      Function<String, Organisation> organisations,
      Locale locale) {
    FormLabels labels = FormLabels.of(locale);
    List<MediationViews.PartyView> parties = new ArrayList<>();
    for (Party p : c.parties()) {
      parties.add(
          new MediationViews.PartyView(
              p.role(),
              p.name(),
              p.residentId() != null,
              labels.of(p.idKind()),
              p.maskedIdNumber(),
              p.phone(),
              p.address(),
              p.consent()));
    }
    List<MediationViews.RoundView> rounds = new ArrayList<>();
    Map<MediationLevel, Integer> perLevel = new EnumMap<>(MediationLevel.class);
    int no = 0;
    for (Round r : c.rounds()) {
      int atLevel = perLevel.merge(r.level(), 1, Integer::sum);
      LevelRule rule = levels.get(r.level());
      Organisation body = organisations.apply(r.bodyId());
      rounds.add(
          new MediationViews.RoundView(
              ++no,
              r.level(),
              atLevel,
              rule == null ? 0 : rule.maxRounds(),
              body == null ? r.bodyId() : body.name(locale),
              r.heldOn(),
              r.mediators(),
              r.attendees(),
              r.record(),
              r.result()));
    }
    List<MediationViews.EventView> events = new ArrayList<>();
    c.events()
        .forEach(
            e -> {
              Organisation o = organisations.apply(e.organisationId());
              events.add(
                  new MediationViews.EventView(
                      e.at(),
                      e.actor(),
                      o == null ? e.organisationId() : o.name(locale),
                      e.kind(),
                      note(e.kind(), e.note(), labels)));
            });
    LevelRule current = c.level() == null ? null : levels.get(c.level());
    return new MediationViews.Detail(
        c.caseNo(),
        c.status(),
        labels.of(c.status()),
        c.station().id(),
        c.station().name(locale),
        labels.of(c.source()),
        c.sourceRef(),
        c.type().code(),
        c.type().name(locale),
        c.place().code().value(),
        c.place().name(locale),
        c.placeText(),
        c.summary(),
        labels.of(c.urgency()),
        c.body() == null ? null : c.body().id(),
        c.body() == null ? null : c.body().organisation().name(locale),
        c.level(),
        current == null ? null : current.name(locale),
        c.level() == null ? 0 : c.roundsAt(c.level()),
        current == null ? 0 : current.maxRounds(),
        c.receivedAt(),
        c.handedOverAt(),
        c.acceptDueAt(),
        c.acceptedAt(),
        c.acceptanceOverdueAt() != null && c.status() == DisputeStatus.HANDED_OVER,
        c.returnReason(),
        parties,
        rounds,
        c.agreementKind(),
        c.agreementFacts(),
        c.agreementMatters(),
        c.agreementContent(),
        c.performanceManner(),
        c.performanceDue(),
        c.settledAt(),
        c.confirmationDue(),
        c.referral(),
        c.referralNote(),
        c.followUpDue(),
        c.followUpResult(),
        c.followUpNote(),
        c.closedAt(),
        events,
        c.version());
  }

  /** The system's event notes name levels, results and routes by code: say them in words. */
  static String note(DisputeEventKind kind, String note, FormLabels labels) {
    if (note == null) {
      return null;
    }
    if (kind == DisputeEventKind.OUTCOME_REPORTED) {
      return labels.of(DisputeStatus.valueOf(note)); // the outcome is a status, not a result
    }
    StringBuilder words = new StringBuilder();
    for (String token : note.split(" ")) {
      words.append(words.length() == 0 ? "" : " ").append(word(token, labels));
    }
    return words.toString();
  }

  private static final List<Class<? extends Enum<?>>> NOTE_WORDS =
      List.of(
          MediationLevel.class,
          cn.yicibang.domain.mediation.RoundResult.class,
          cn.yicibang.domain.mediation.Referral.class,
          cn.yicibang.domain.mediation.AgreementKind.class,
          cn.yicibang.domain.mediation.FollowUpResult.class,
          DisputeStatus.class);

  private static String word(String token, FormLabels labels) {
    for (Class<? extends Enum<?>> type : NOTE_WORDS) {
      for (Enum<?> e : type.getEnumConstants()) {
        if (e.name().equals(token)) {
          return labels.of(e);
        }
      }
    }
    return token;
  }

  static Instant acceptDue(MediationBody body, Instant now) {
    return now.plus(body.acceptWithin());
  }
}
