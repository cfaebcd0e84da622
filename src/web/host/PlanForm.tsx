import type { AgendaItem, MAX_POLL_OPTIONS, MAX_WORDS_PER_BALLOT, PanelSpeaker, PreparedPoll, RatingScale } from '../../core/plan.ts';
import { POLICY_LIST, REGION_LIST, STAKEHOLDER_LIST, declaredName, policyName } from '../floor/floorNames.ts';
import { t, type MessageKey, tn } from '../i18n/index.ts';
import type { PlanIssue } from './hostApi.ts';
import { LOCALES, LOCALE_CODES } from '../i18n/locales.ts';
import { CheckField, CheckGroupField, NumberField, SelectField, TextField } from './PlanFields.tsx';
import { PlanTranslationsFields } from './PlanTranslationsFields.tsx';
import { QA_POLICY_LIST, qaPolicyName } from '../qa/qaNames.ts';
import { AGENDA_KIND_LIST, FORMAT_LIST, POLL_KIND_LIST, VISIBILITY_LIST, blankAgendaItem, blankPoll, blankSpeaker, moved, withAgendaMoved, withAgendaRemoved, withPollDuplicated, withPollMoved, withPollKind, withPollRemoved, pollHasOptions, type PlanDraft } from './planDraft.ts';
import { isolatedUserText } from '../components/userText.ts';

interface PlanFormProps {
  readonly plan: PlanDraft;
  readonly issues: readonly PlanIssue[];
  readonly onChange: (plan: PlanDraft) => void;
  /**
   * The session exists: its links name panel speakers by their place in the list, so the
   * speakers keep their order (a move would hand a speaker's link to another).
   */
  readonly live?: boolean;
}

/** The form's sections, in order, for the navigation beside it (`#host-section-…`). */
export const PLAN_SECTIONS = ['session', 'roles', 'floor', 'qa', 'guidelines', 'agenda', 'languages', 'speakers', 'polls'] as const;
export type PlanSection = (typeof PLAN_SECTIONS)[number];

export const SECTION_NAMES: Record<PlanSection, MessageKey> = {
  session: 'host.section.session',
  roles: 'host.section.roles',
  floor: 'host.section.floor',
  qa: 'host.section.qa',
  guidelines: 'host.section.guidelines',
  agenda: 'host.section.agenda',
  languages: 'host.section.languages',
  speakers: 'host.section.speakers',
  polls: 'host.section.polls',
};

/*
 * Limits of src/core/plan.ts, typed from it but not imported as values (plan.ts loads zod, which
 * stays out of the browser bundle): a changed limit there breaks the build here until these follow.
 */
const MAX_OPTIONS: typeof MAX_POLL_OPTIONS = 12;
const MAX_WORDS: typeof MAX_WORDS_PER_BALLOT = 5;

const sectionId = (section: PlanSection) => `host-section-${section}`;

const FORMAT_NAMES: Record<PlanDraft['format'], MessageKey> = {
  round_table: 'host.format.round_table',
  workshop: 'host.format.workshop',
  training: 'host.format.training',
  plenary: 'host.format.plenary',
  other: 'host.format.otherFormat',
};

const VISIBILITY_NAMES: Record<PreparedPoll['resultsVisibility'], MessageKey> = {
  live: 'moderator.visibilityLive',
  after_close: 'moderator.visibilityAfterClose',
  hidden: 'moderator.visibilityHidden',
};

const POLL_KIND_NAMES: Record<PreparedPoll['kind'], MessageKey> = {
  single: 'pollForm.kindSingle',
  multiple: 'pollForm.kindMultiple',
  rating: 'pollForm.kindRating',
  ranking: 'pollForm.kindRanking',
  wordcloud: 'pollForm.kindWordcloud',
  open_text: 'pollForm.kindOpenText',
  quiz: 'pollForm.kindQuiz',
};

/** Replaces item `index` of a list. */
function replaced<T>(list: readonly T[], index: number, item: T): T[] {
  return list.map((x, i) => (i === index ? item : x));
}

function removed<T>(list: readonly T[], index: number): T[] {
  return list.filter((_, i) => i !== index);
}

/** The sections as links to their place in the form: the host page is long; this is its map. */
export function PlanSectionNav({ plan }: { plan: PlanDraft }) {
  const counts: Partial<Record<PlanSection, number>> = { agenda: plan.agenda.length, speakers: plan.speakers.length, polls: plan.polls.length };
  return (
    <nav class="host-nav" aria-label={t('host.nav')} data-testid="host-nav">
      <ol>
        {PLAN_SECTIONS.map((section) => (
          <li key={section}>
            <a href={`#${sectionId(section)}`}>
              {t(SECTION_NAMES[section])}
              {counts[section] !== undefined && <span class="host-nav-count">{counts[section]}</span>}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/**
 * The session plan as a form (SESS-5): the session, who runs it, the floor, the agenda, the
 * panel and the prepared polls. Lists grow with "Add" buttons; every field carries its plan
 * path, so the server's errors land on it.
 */
export function PlanForm({ plan, issues, onChange, live = false }: PlanFormProps) {
  const set = (patch: Partial<PlanDraft>) => onChange({ ...plan, ...patch });
  const base = { issues };
  return (
    <div class="host-form">
      <fieldset class="card host-section" id={sectionId('session')}>
        <legend class="section-heading">{t('host.section.session')}</legend>
        <TextField {...base} path="plan.title" label={t('host.title')} value={plan.title} required onChange={(title) => set({ title })} />
        <TextField {...base} path="plan.subtitle" label={t('host.subtitle')} hint={t('host.optional')} value={plan.subtitle} onChange={(subtitle) => set({ subtitle })} />
        <div class="host-row">
          <SelectField {...base} path="plan.format" label={t('host.format')} value={plan.format} options={FORMAT_LIST.map((f) => [f, t(FORMAT_NAMES[f])] as const)} onChange={(format) => set({ format: format ?? 'round_table' })} />
          <SelectField {...base} path="plan.language" label={t('host.language')} hint={t('host.languageHint')} value={plan.language} options={LOCALE_CODES.map((code) => [code, LOCALES[code].name] as const)} onChange={(language) => set({ language: language ?? 'en' })} />
          <NumberField {...base} path="plan.durationMinutes" label={t('host.duration')} min={5} max={1440} value={plan.durationMinutes} onChange={(v) => set({ durationMinutes: v ?? Number.NaN })} />
          <NumberField {...base} path="plan.retentionDays" label={t('host.retention')} hint={t('host.retentionHint')} min={1} max={3650} value={plan.retentionDays} onChange={(v) => set({ retentionDays: v ?? Number.NaN })} />
        </div>
        <CheckField path="plan.youthMode" label={t('host.youthMode')} hint={t('host.youthModeHint')} checked={plan.youthMode} onChange={(youthMode) => set({ youthMode })} />
      </fieldset>

      <fieldset class="card host-section" id={sectionId('roles')}>
        <legend class="section-heading">{t('host.section.roles')}</legend>
        <p class="field-hint">{t('host.rolesHint')}</p>
        <div class="host-row">
          <TextField {...base} path="plan.roles.moderator" label={t('host.role.moderator')} value={plan.roles.moderator} onChange={(moderator) => set({ roles: { ...plan.roles, moderator } })} />
          <TextField {...base} path="plan.roles.onlineModerator" label={t('host.role.onlineModerator')} value={plan.roles.onlineModerator} onChange={(onlineModerator) => set({ roles: { ...plan.roles, onlineModerator } })} />
          <TextField {...base} path="plan.roles.rapporteur" label={t('host.role.rapporteur')} value={plan.roles.rapporteur} onChange={(rapporteur) => set({ roles: { ...plan.roles, rapporteur } })} />
        </div>
      </fieldset>

      <fieldset class="card host-section" id={sectionId('floor')}>
        <legend class="section-heading">{t('host.section.floor')}</legend>
        <div class="host-row">
          <SelectField {...base} path="plan.floor.policy" label={t('host.policy')} value={plan.floor.policy} options={POLICY_LIST.map((p) => [p, policyName(p)] as const)} onChange={(policy) => set({ floor: { ...plan.floor, policy: policy ?? 'alternate' } })} />
          <NumberField {...base} path="plan.floor.speakingLimitSeconds" label={t('host.limit')} min={10} max={3600} value={plan.floor.speakingLimitSeconds} onChange={(v) => set({ floor: { ...plan.floor, speakingLimitSeconds: v ?? Number.NaN } })} />
          <NumberField {...base} path="plan.floor.warningSeconds" label={t('host.warning')} min={0} max={600} value={plan.floor.warningSeconds} onChange={(v) => set({ floor: { ...plan.floor, warningSeconds: v ?? Number.NaN } })} />
        </div>
      </fieldset>

      <fieldset class="card host-section" id={sectionId('qa')} data-testid="host-qa">
        <legend class="section-heading">{t('host.section.qa')}</legend>
        <div class="host-row">
          <SelectField {...base} path="plan.qa.selectionPolicy" label={t('host.qa.policy')} value={plan.qa.selectionPolicy} options={QA_POLICY_LIST.map((p) => [p, qaPolicyName(p)] as const)} onChange={(selectionPolicy) => set({ qa: { ...plan.qa, selectionPolicy: selectionPolicy ?? 'most_upvoted' } })} />
          <NumberField {...base} path="plan.qa.maxQuestionLength" label={t('host.qa.maxLength')} min={20} max={1000} value={plan.qa.maxQuestionLength} onChange={(v) => set({ qa: { ...plan.qa, maxQuestionLength: v ?? Number.NaN } })} />
        </div>
        {/* Youth mode forces pre-moderation and filters on and names off (QA-2): the boxes say so. */}
        <CheckField path="plan.qa.preModeration" label={t('host.qa.preModeration')} hint={plan.youthMode ? t('host.qa.youthForced') : undefined} checked={plan.youthMode || (plan.qa.preModeration ?? false)} onChange={(preModeration) => set({ qa: { ...plan.qa, preModeration } })} />
        <CheckField path="plan.qa.filters" label={t('host.qa.filters')} hint={plan.youthMode ? t('host.qa.youthForced') : t('host.qa.filtersHint')} checked={plan.youthMode || plan.qa.filters} onChange={(filters) => set({ qa: { ...plan.qa, filters } })} />
        <TextField {...base} multiline path="plan.qa.allowedDomains" label={t('host.qa.allowedDomains')} hint={t('host.qa.allowedDomainsHint')} value={(plan.qa.allowedDomains ?? []).join('\n')} onChange={(text) => set({ qa: { ...plan.qa, allowedDomains: text.split('\n') } })} />
        {!plan.youthMode && (
          <CheckField path="plan.qa.allowDisplayNames" label={t('host.qa.allowDisplayNames')} checked={plan.qa.allowDisplayNames} onChange={(allowDisplayNames) => set({ qa: { ...plan.qa, allowDisplayNames } })} />
        )}
      </fieldset>

      <fieldset class="card host-section" id={sectionId('guidelines')} data-testid="host-guidelines">
        <legend class="section-heading">{t('host.section.guidelines')}</legend>
        <p class="field-hint">{t('host.guidelinesHint')}</p>
        <TextField {...base} multiline path="plan.guidelines.onsite" label={t('host.guidelines.onsite')} value={plan.guidelines.onsite} onChange={(onsite) => set({ guidelines: { ...plan.guidelines, onsite } })} />
        <TextField {...base} multiline path="plan.guidelines.online" label={t('host.guidelines.online')} value={plan.guidelines.online} onChange={(online) => set({ guidelines: { ...plan.guidelines, online } })} />
        <TextField {...base} multiline path="plan.codeOfConduct" label={t('host.codeOfConduct')} hint={t('host.codeOfConductHint')} value={plan.codeOfConduct} onChange={(codeOfConduct) => set({ codeOfConduct })} />
      </fieldset>

      <fieldset class="card host-section" id={sectionId('agenda')} data-testid="host-agenda">
        <legend class="section-heading">{t('host.section.agenda')}</legend>
        <p class="field-hint">{tn('host.agendaPlannedOf', plan.durationMinutes, { minutes: plan.agenda.reduce((sum, item) => sum + (Number.isFinite(item.plannedMinutes) ? item.plannedMinutes : 0), 0) })}</p>
        <ol class="host-list">
          {plan.agenda.map((item, i) => (
            <li key={i} class="host-list-item">
              <AgendaItemFields
                item={item}
                index={i}
                count={plan.agenda.length}
                issues={issues}
                onChange={(next) => set({ agenda: replaced(plan.agenda, i, next) })}
                onRemove={() => onChange(withAgendaRemoved(plan, i))}
                onMove={(to) => onChange(withAgendaMoved(plan, i, to))}
              />
            </li>
          ))}
        </ol>
        <button type="button" class="button button-secondary" data-testid="host-add-agenda" onClick={() => set({ agenda: [...plan.agenda, blankAgendaItem()] })}>
          {t('host.addAgenda')}
        </button>
      </fieldset>

      <fieldset class="card host-section" id={sectionId('languages')} data-testid="host-languages">
        <legend class="section-heading">{t('host.section.languages')}</legend>
        <PlanTranslationsFields plan={plan} issues={issues} onChange={onChange} />
      </fieldset>

      <fieldset class="card host-section" id={sectionId('speakers')} data-testid="host-speakers">
        <legend class="section-heading">{t('host.section.speakers')}</legend>
        <p class="field-hint">{t('host.speakersHint')}</p>
        {live && plan.speakers.length > 1 && <p class="field-hint">{t('host.speakersOrderKept')}</p>}
        <ol class="host-list">
          {plan.speakers.map((speaker, i) => (
            <li key={i} class="host-list-item">
              <SpeakerFields
                speaker={speaker}
                index={i}
                count={plan.speakers.length}
                issues={issues}
                onChange={(next) => set({ speakers: replaced(plan.speakers, i, next) })}
                onRemove={() => set({ speakers: removed(plan.speakers, i) })}
                onMove={live ? null : (to) => set({ speakers: moved(plan.speakers, i, to) })}
              />
            </li>
          ))}
        </ol>
        <button type="button" class="button button-secondary" data-testid="host-add-speaker" onClick={() => set({ speakers: [...plan.speakers, blankSpeaker()] })}>
          {t('host.addSpeaker')}
        </button>
      </fieldset>

      <fieldset class="card host-section" id={sectionId('polls')} data-testid="host-polls">
        <legend class="section-heading">{t('host.section.polls')}</legend>
        <ol class="host-list">
          {plan.polls.map((poll, i) => (
            <li key={i} class="host-list-item">
              <PollFields
                poll={poll}
                index={i}
                count={plan.polls.length}
                agenda={plan.agenda}
                earlier={plan.polls.slice(0, i)}
                issues={issues}
                onChange={(next) => set({ polls: replaced(plan.polls, i, next) })}
                onRemove={() => onChange(withPollRemoved(plan, i))}
                onMove={(to) => onChange(withPollMoved(plan, i, to))}
                onDuplicate={() => onChange(withPollDuplicated(plan, i))}
              />
            </li>
          ))}
        </ol>
        <button type="button" class="button button-secondary" data-testid="host-add-poll" onClick={() => set({ polls: [...plan.polls, blankPoll()] })}>
          {t('host.addPoll')}
        </button>
      </fieldset>
    </div>
  );
}

interface ItemProps<T> {
  readonly index: number;
  /** How many items the list has (for the move buttons). */
  readonly count: number;
  readonly issues: readonly PlanIssue[];
  readonly onChange: (next: T) => void;
  readonly onRemove: () => void;
  /** Moves the item to another place; null where the order is fixed. */
  readonly onMove: ((to: number) => void) | null;
}

/**
 * Up and Down, instead of dragging: they work by keyboard and on a phone, and focus stays on
 * the button pressed as the item moves (its key is its place, so focus is moved by hand).
 */
function MoveButtons({ index, count, onMove, what }: { index: number; count: number; onMove: ((to: number) => void) | null; what: (n: number) => string }) {
  if (!onMove || count < 2) return null;
  const move = (to: number, event: Event) => {
    const list = (event.currentTarget as HTMLElement).closest('ol');
    const direction = to < index ? 'up' : 'down';
    onMove(to);
    requestAnimationFrame(() => {
      const target = list?.children[to]?.querySelector<HTMLButtonElement>(`[data-move="${direction}"]:not([disabled])`) ?? list?.children[to]?.querySelector<HTMLButtonElement>('[data-move]:not([disabled])');
      target?.focus();
    });
  };
  return (
    <span class="host-move" role="group" aria-label={t('host.moveGroup', { what: what(index + 1) })}>
      <button type="button" class="button button-small button-quiet" data-move="up" disabled={index === 0} aria-label={t('host.moveUp', { what: what(index + 1) })} onClick={(e) => move(index - 1, e)}>
        ↑
      </button>
      <button type="button" class="button button-small button-quiet" data-move="down" disabled={index === count - 1} aria-label={t('host.moveDown', { what: what(index + 1) })} onClick={(e) => move(index + 1, e)}>
        ↓
      </button>
    </span>
  );
}

function RemoveButton({ onRemove, label }: { onRemove: () => void; label: string }) {
  return (
    <button type="button" class="button button-small button-quiet host-remove" aria-label={label} onClick={onRemove}>
      {t('host.remove')}
    </button>
  );
}

function AgendaItemFields({ item, index, count, issues, onChange, onRemove, onMove }: ItemProps<AgendaItem> & { item: AgendaItem }) {
  const p = `plan.agenda.${index}`;
  const set = (patch: Partial<AgendaItem>) => onChange({ ...item, ...patch });
  return (
    <div class="host-item">
      <div class="host-item-head">
        <h3 class="host-item-title">{t('host.agendaItem', { n: index + 1 })}</h3>
        <MoveButtons index={index} count={count} onMove={onMove} what={(n) => t('host.agendaItem', { n })} />
        <RemoveButton onRemove={onRemove} label={t('host.removeAgenda', { n: index + 1 })} />
      </div>
      <div class="host-row">
        <TextField issues={issues} path={`${p}.title`} label={t('host.itemTitle')} value={item.title} required onChange={(title) => set({ title })} />
        <SelectField issues={issues} path={`${p}.kind`} label={t('host.itemKind')} value={item.kind} options={AGENDA_KIND_LIST.map((k) => [k, t(`run.kind.${k}`)] as const)} onChange={(kind) => set({ kind: kind ?? 'discussion' })} />
      </div>
      <TextField issues={issues} path={`${p}.policyQuestion`} label={t('host.policyQuestion')} hint={t('host.optional')} value={item.policyQuestion} multiline onChange={(policyQuestion) => set({ policyQuestion })} />
      <div class="host-row">
        <NumberField issues={issues} path={`${p}.plannedMinutes`} label={t('host.plannedMinutes')} min={1} max={600} value={item.plannedMinutes} onChange={(v) => set({ plannedMinutes: v ?? Number.NaN })} />
        <NumberField issues={issues} path={`${p}.speakingLimitSeconds`} label={t('host.itemLimit')} hint={t('host.itemLimitHint')} min={10} max={3600} value={item.speakingLimitSeconds} onChange={(v) => set({ speakingLimitSeconds: v })} />
      </div>
    </div>
  );
}

function SpeakerFields({ speaker, index, count, issues, onChange, onRemove, onMove }: ItemProps<PanelSpeaker> & { speaker: PanelSpeaker }) {
  const p = `plan.speakers.${index}`;
  const set = (patch: Partial<PanelSpeaker>) => onChange({ ...speaker, ...patch });
  return (
    <div class="host-item">
      <div class="host-item-head">
        <h3 class="host-item-title">{t('host.speaker', { n: index + 1 })}</h3>
        <MoveButtons index={index} count={count} onMove={onMove} what={(n) => t('host.speaker', { n })} />
        <RemoveButton onRemove={onRemove} label={t('host.removeSpeaker', { n: index + 1 })} />
      </div>
      <div class="host-row">
        <TextField issues={issues} path={`${p}.label`} label={t('host.speakerLabel')} hint={t('host.speakerLabelHint')} value={speaker.label} required onChange={(label) => set({ label })} />
        <TextField issues={issues} path={`${p}.organisation`} label={t('host.organisation')} hint={t('host.optional')} value={speaker.organisation} onChange={(organisation) => set({ organisation })} />
      </div>
      <div class="host-row">
        <SelectField issues={issues} path={`${p}.stakeholderGroup`} label={t('host.stakeholder')} value={speaker.stakeholderGroup} options={[['', t('host.notSet')], ...STAKEHOLDER_LIST.map((g) => [g, declaredName(g)] as const)]} onChange={(stakeholderGroup) => set({ stakeholderGroup })} />
        <SelectField issues={issues} path={`${p}.regionalGroup`} label={t('host.region')} value={speaker.regionalGroup} options={[['', t('host.notSet')], ...REGION_LIST.map((g) => [g, declaredName(g)] as const)]} onChange={(regionalGroup) => set({ regionalGroup })} />
        <SelectField issues={issues} path={`${p}.channel`} label={t('host.channel')} value={speaker.channel} options={[['onsite', t('host.onsite')], ['online', t('host.online')]]} onChange={(channel) => set({ channel: channel ?? 'onsite' })} />
      </div>
    </div>
  );
}

/**
 * Duplicates an item; focus goes to the copy's question, since the copy is what the host came
 * to change (the item's key is its place, so focus is moved by hand, as for the move buttons).
 */
function DuplicateButton({ index, onDuplicate, label }: { index: number; onDuplicate: () => void; label: string }) {
  const duplicate = (event: Event) => {
    const list = (event.currentTarget as HTMLElement).closest('ol');
    onDuplicate();
    requestAnimationFrame(() => list?.children[index + 1]?.querySelector<HTMLElement>('input, textarea')?.focus());
  };
  return (
    <button type="button" class="button button-small button-quiet" data-testid="host-duplicate-poll" aria-label={label} onClick={duplicate}>
      {t('host.duplicate')}
    </button>
  );
}

/** The earlier polls a prepared poll can repeat (POLL-36): the same kind; the plan check names any other mismatch. */
function repeatChoices(poll: PreparedPoll, earlier: readonly PreparedPoll[]): (readonly [string, string])[] {
  const choices = earlier.flatMap((before, i) => (before.kind === poll.kind || poll.repeats === i ? [[String(i), t('host.repeatsPoll', { n: i + 1, question: isolatedUserText(before.question) })] as const] : []));
  return [['', t('host.repeatsNone')], ...choices];
}

function PollFields({ poll, index, count, agenda, earlier, issues, onChange, onRemove, onMove, onDuplicate }: ItemProps<PreparedPoll> & { poll: PreparedPoll; agenda: readonly AgendaItem[]; earlier: readonly PreparedPoll[]; onDuplicate: () => void }) {
  const p = `plan.polls.${index}`;
  const set = (patch: Partial<PreparedPoll>) => onChange({ ...poll, ...patch });
  const items: (readonly [string, string])[] = [['', t('host.noItem')], ...agenda.map((item, i) => [String(i), `${i + 1}. ${item.title}`] as const)];
  const repeats = repeatChoices(poll, earlier);
  return (
    <div class="host-item">
      <div class="host-item-head">
        <h3 class="host-item-title">{t('host.poll', { n: index + 1 })}</h3>
        <MoveButtons index={index} count={count} onMove={onMove} what={(n) => t('host.poll', { n })} />
        <DuplicateButton index={index} onDuplicate={onDuplicate} label={t('host.duplicatePoll', { n: index + 1 })} />
        <RemoveButton onRemove={onRemove} label={t('host.removePoll', { n: index + 1 })} />
      </div>
      <TextField issues={issues} path={`${p}.question`} label={t('host.pollQuestion')} value={poll.question} required onChange={(question) => set({ question })} />
      <SelectField issues={issues} path={`${p}.kind`} label={t('pollForm.kind')} value={poll.kind} options={POLL_KIND_LIST.map((k) => [k, t(POLL_KIND_NAMES[k])] as const)} onChange={(kind) => onChange(withPollKind(poll, kind ?? 'single'))} />
      {pollHasOptions(poll.kind) && (
        <TextField issues={issues} path={`${p}.options`} label={t('host.pollOptions')} hint={t('host.pollOptionsHint')} value={poll.options.join('\n')} multiline onChange={(text) => set({ options: text.split('\n') })} />
      )}
      <PollKindFields poll={poll} path={p} issues={issues} onChange={onChange} />
      <div class="host-row">
        <SelectField issues={issues} path={`${p}.resultsVisibility`} label={t('host.visibility')} value={poll.resultsVisibility} options={VISIBILITY_LIST.map((v) => [v, t(VISIBILITY_NAMES[v])] as const)} onChange={(resultsVisibility) => set({ resultsVisibility: resultsVisibility ?? 'live' })} />
        <SelectField issues={issues} path={`${p}.agendaItem`} label={t('host.pollItem')} value={poll.agendaItem === undefined ? undefined : String(poll.agendaItem)} options={items} writtenOptions onChange={(v) => set({ agendaItem: v === undefined ? undefined : Number(v) })} />
      </div>
      {index > 0 && (
        <SelectField issues={issues} path={`${p}.repeats`} label={t('host.pollRepeats')} hint={t('host.pollRepeatsHint')} value={poll.repeats === undefined ? undefined : String(poll.repeats)} options={repeats} onChange={(v) => set({ repeats: v === undefined ? undefined : Number(v) })} />
      )}
    </div>
  );
}

/**
 * The fields only some kinds take (POLL-39): the most choices of a multiple-choice poll, a
 * rating's scale and its labelled ends, a word cloud's words per ballot, a quiz's correct
 * options (ticked against the lines of the options box) and its timer.
 */
function PollKindFields({ poll, path: p, issues, onChange }: { poll: PreparedPoll; path: string; issues: readonly PlanIssue[]; onChange: (next: PreparedPoll) => void }) {
  const set = (patch: Partial<PreparedPoll>) => onChange({ ...poll, ...patch });
  switch (poll.kind) {
    case 'multiple':
      return <NumberField issues={issues} path={`${p}.maxChoices`} label={t('pollForm.maxChoices')} hint={t('host.optional')} min={1} max={MAX_OPTIONS} value={poll.maxChoices} onChange={(maxChoices) => set({ maxChoices })} />;
    case 'rating': {
      const scale = poll.scale ?? { min: 1, max: 5 };
      const setScale = (patch: Partial<RatingScale>) => set({ scale: { ...scale, ...patch } });
      return (
        <div class="host-row">
          <SelectField issues={issues} path={`${p}.scale.min`} label={t('hostKinds.scaleMin')} value={String(scale.min) as '0' | '1'} options={[['0', '0'], ['1', '1']]} onChange={(v) => setScale({ min: v === '0' ? 0 : 1 })} />
          <NumberField issues={issues} path={`${p}.scale.max`} label={t('hostKinds.scaleMax')} min={2} max={10} value={scale.max} onChange={(v) => setScale({ max: v ?? Number.NaN })} />
          <TextField issues={issues} path={`${p}.scale.minLabel`} label={t('pollForm.scaleMinLabel')} hint={t('host.optional')} value={scale.minLabel} onChange={(minLabel) => setScale({ minLabel })} />
          <TextField issues={issues} path={`${p}.scale.maxLabel`} label={t('pollForm.scaleMaxLabel')} hint={t('host.optional')} value={scale.maxLabel} onChange={(maxLabel) => setScale({ maxLabel })} />
        </div>
      );
    }
    case 'wordcloud':
      return <NumberField issues={issues} path={`${p}.maxWords`} label={t('pollForm.maxWords')} min={1} max={MAX_WORDS} value={poll.maxWords} onChange={(v) => set({ maxWords: v ?? Number.NaN })} />;
    case 'quiz': {
      const choices = poll.options.flatMap((text, line) => (text.trim() === '' ? [] : [[line, text.trim()] as const]));
      return (
        <>
          <CheckGroupField issues={issues} path={`${p}.correct`} label={t('hostKinds.correct')} hint={t(choices.length > 0 ? 'hostKinds.correctHint' : 'hostKinds.correctNone')} choices={choices} checked={poll.correct ?? []} onChange={(correct) => set({ correct })} />
          <NumberField issues={issues} path={`${p}.timerSeconds`} label={t('pollForm.timer')} min={5} max={600} value={poll.timerSeconds} onChange={(v) => set({ timerSeconds: v ?? Number.NaN })} />
        </>
      );
    }
    default:
      return null;
  }
}
