import type { Pulled } from './reportPulls.ts';
import { OUTCOME_KINDS, type OutcomeKind } from './reportOutcomes.ts';
import type { ReportPull } from './sessionReport.ts';
import { CHANNEL_NAMES, formatTime } from './reportWords.ts';

/**
 * The English words for what the desk pulled in (REPORT-23), shared by every format: the
 * Markdown, HTML, PDF, DOCX, the CSV bundle's `pulled_in` column and the report page's preview
 * all say it with these functions, from the report's own data. Pure.
 */

const SPEAKER_NAMES = { panel: 'a panel speaker', participant: 'a participant', added: 'someone a moderator added' } as const;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What was pulled in, as a phrase: "the question «…»", "poll 2 «…» (5 voted): Yes 60 %, No 40 %". */
export function describePulled(about: Pulled): string {
  switch (about.kind) {
    case 'question':
      return about.text === null ? 'a question whose text is no longer kept' : `the question «${about.text}»`;
    case 'poll': {
      const head = `poll ${about.number} «${about.question}» (${about.ballots === 0 ? 'no votes' : `${plural(about.ballots, 'voter', 'voters')}`})`;
      return about.leading.length === 0 ? head : `${head}: ${about.leading.map((o) => `${o.label} ${o.percent} %`).join(', ')}`;
    }
    case 'balance':
      return `the floor balance at ${formatTime(about.at)}: ${(['onsite', 'online'] as const).map((c) => `${CHANNEL_NAMES[c].toLowerCase()} ${plural(about.byChannel[c].interventions, 'intervention', 'interventions')}, ${about.byChannel[c].floorMinutes} min`).join('; ')}`;
    case 'intervention':
      return `an intervention by ${SPEAKER_NAMES[about.speaker]} ${about.channel === 'onsite' ? 'in the room' : 'online'}, ${formatTime(about.startedAt)}${about.endedAt === null ? '' : ` – ${formatTime(about.endedAt)}`}`;
  }
}

/** A pull as one point of its outcome list: "words — about the question «…»", or "Pulled in: …" when no words were written on it. */
export function pullPoint(pull: ReportPull): string {
  const about = describePulled(pull.about);
  return pull.words === null ? `Pulled in: ${about}` : `${pull.words} — about ${about}`;
}

type Section = Readonly<Record<OutcomeKind, readonly string[]>> & { readonly pulled: readonly ReportPull[] };

/**
 * The outcome lists of a section (the session, or an agenda item) that hold at least one point,
 * in report order: each kind's points, then the pulls tagged with that kind (REPORT-10,
 * REPORT-16, REPORT-23). Every format lists a section's outcomes from here.
 */
export function sectionPoints(section: Section): { kind: OutcomeKind; points: readonly string[] }[] {
  return OUTCOME_KINDS
    .map((kind) => ({ kind, points: [...section[kind], ...section.pulled.filter((p) => p.kind === kind).map(pullPoint)] }))
    .filter((list) => list.points.length > 0);
}
