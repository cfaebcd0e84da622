import { useState } from 'preact/hooks';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { PollView, TallyView } from '../../core/polls/pollViews.ts';
import { PollChart } from '../components/PollChart.tsx';
import { ResultBars } from '../components/ResultBars.tsx';
import { PollShiftTable } from '../components/PollShiftTable.tsx';
import { BreakdownTable } from './BreakdownTable.tsx';
import { ShownBreakdownChoice } from './ShownBreakdownChoice.tsx';
import { EntryModeration } from './EntryModeration.tsx';
import { PollDownloads } from './PollDownloads.tsx';
import { t, tn, type MessageKey } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

const STATUS: Record<PollView['status'], MessageKey> = {
  draft: 'poll.statusDraft',
  open: 'poll.statusOpen',
  closed: 'poll.statusClosed',
};

const VISIBILITY: Record<PollView['resultsVisibility'], MessageKey> = {
  live: 'moderator.visibilityLive',
  after_close: 'moderator.visibilityAfterClose',
  hidden: 'moderator.visibilityHidden',
};

const KIND: Record<PollView['kind'], MessageKey> = {
  single: 'moderator.kindSingle',
  multiple: 'moderator.kindMultiple',
  rating: 'pollForm.kindRating',
  ranking: 'pollForm.kindRanking',
  wordcloud: 'pollForm.kindWordcloud',
  open_text: 'pollForm.kindOpenText',
  quiz: 'pollForm.kindQuiz',
};

/** The main control of each status: open a draft, close an open poll, reopen a closed one. */
const LIFECYCLE: Record<PollView['status'], (pollId: string) => { label: MessageKey; testId: string; command: CommandInput }> = {
  draft: (pollId) => ({ label: 'moderator.open', testId: 'poll-open', command: { type: 'poll.open', pollId } }),
  open: (pollId) => ({ label: 'moderator.close', testId: 'poll-close', command: { type: 'poll.close', pollId } }),
  closed: (pollId) => ({ label: 'moderator.reopen', testId: 'poll-open', command: { type: 'poll.open', pollId } }),
};

interface ModeratorPollCardProps {
  readonly poll: PollView;
  readonly tally: TallyView | undefined;
  /** Whether this is the poll the projector shows. */
  readonly onScreen: boolean;
  /** Sends a command; resolves false if it was refused (the page shows why). */
  readonly run: (command: CommandInput) => Promise<boolean>;
  /** Opens this poll, asking first when another one is open (COCKPIT-5, POLL-8). */
  readonly openPoll: (poll: PollView) => void;
  /** Earlier polls asking the same question, which this one can be paired with (POLL-34). */
  readonly pairCandidates?: readonly PollView[];
  /** The earlier poll this one is paired with, if any. */
  readonly pairedWith?: string | null;
  /** The session, for the poll's downloads (POLL-51). */
  readonly sessionId: string;
}

/**
 * One poll in the moderator's list: status, settings, the controls that fit its status
 * (open, close, reopen, reveal, hide, delete) and the live tally with counts, which staff
 * always see.
 */
export function ModeratorPollCard({ poll, tally, onScreen, run, openPoll, pairCandidates = [], pairedWith = null, sessionId }: ModeratorPollCardProps) {
  const [busy, setBusy] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const headingId = `moderator-poll-${poll.id}`;

  const act = async (command: CommandInput): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      return await run(command);
    } finally {
      setBusy(false);
      setConfirmingDelete(false);
    }
  };

  const pollId = poll.id;
  const lifecycle = LIFECYCLE[poll.status](pollId);
  const remove = async () => {
    // The card goes away with the poll; keep keyboard focus in the list.
    if (await act({ type: 'poll.delete', pollId })) document.getElementById('polls-heading')?.focus();
  };
  const canDelete = poll.status !== 'open';
  const canReveal = poll.status !== 'draft' && !poll.revealed && !poll.resultsPublic;
  const total = tally?.total ?? 0;

  return (
    <article
      class="card moderator-poll"
      aria-labelledby={headingId}
      aria-busy={busy ? 'true' : undefined}
      data-testid="moderator-poll"
      data-poll-id={poll.id}
      data-status={poll.status}
    >
      <div class="moderator-poll-badges">
        <span class="badge badge-status" data-status={poll.status}>
          <span class="status-dot" aria-hidden="true" />
          {t(STATUS[poll.status])}
        </span>
        {onScreen && <span class="badge badge-screen">{t('moderator.onScreen')}</span>}
        <span class="badge">{t(KIND[poll.kind])}</span>
        <span class="badge">{t(VISIBILITY[poll.resultsVisibility])}</span>
        {poll.status !== 'draft' && (
          <span class="badge" data-public={poll.resultsPublic ? 'true' : 'false'}>
            {poll.resultsPublic ? t('moderator.resultsPublic') : t('moderator.resultsPrivate')}
          </span>
        )}
      </div>
      <h3 class="moderator-poll-question" id={headingId} {...USER_TEXT}>
        {poll.question}
      </h3>

      {poll.kind === 'single' || poll.kind === 'multiple' || !tally ? (
        <ResultBars options={poll.options} counts={tally?.counts ?? {}} total={total} />
      ) : (
        <PollChart poll={poll} tally={tally} id={`cockpit-chart-${poll.id}`} testId="moderator-chart" />
      )}
      {tally?.summary?.kind === 'entries' && <EntryModeration pollId={poll.id} entries={tally.summary.entries} run={act} />}
      {tally?.breakdowns && total > 0 && poll.options.length > 0 && <BreakdownTable poll={poll} breakdowns={tally.breakdowns} />}
      {pairCandidates.length > 0 && (
        <p class="poll-pair">
          <label class="field-label" for={`pair-${poll.id}`}>
            {t('pollShift.pairWith')}
          </label>{' '}
          <select
            id={`pair-${poll.id}`}
            class="select-input"
            data-testid="poll-pair"
            value={pairedWith ?? ''}
            onChange={(event) => void act({ type: 'poll.pair', pollId: poll.id, beforeId: event.currentTarget.value === '' ? null : event.currentTarget.value })}
          >
            <option value="">{t('pollShift.noPair')}</option>
            {pairCandidates.map((p) => (
              <option key={p.id} value={p.id} {...USER_TEXT}>
                {p.question}
              </option>
            ))}
          </select>
        </p>
      )}
      {tally?.shift && <PollShiftTable poll={poll} shift={tally.shift} />}
      <ShownBreakdownChoice poll={poll} run={act} />
      <p class="poll-total">{t('moderator.total', { votes: tn('votes', total) })}</p>
      {poll.status !== 'draft' && <PollDownloads poll={poll} sessionId={sessionId} />}

      <div class="moderator-poll-actions" role="group" aria-label={t('moderator.pollActions')}>
        {/* One button per slot whose label follows the status, so keyboard focus stays on it. */}
        <button
          type="button"
          class={poll.status === 'closed' ? 'button button-secondary' : 'button button-primary'}
          aria-disabled={busy ? 'true' : undefined}
          data-testid={lifecycle.testId}
          onClick={() => (poll.status === 'open' ? void act(lifecycle.command) : openPoll(poll))}
        >
          {t(lifecycle.label)}
        </button>
        {(canReveal || poll.revealed) && (
          <button
            type="button"
            class="button button-secondary"
            aria-disabled={busy ? 'true' : undefined}
            data-testid={poll.revealed ? 'poll-hide' : 'poll-reveal'}
            onClick={() => void act({ type: 'poll.reveal', pollId, revealed: !poll.revealed })}
          >
            {poll.revealed ? t('moderator.hide') : t('moderator.reveal')}
          </button>
        )}
        {canDelete && (
          <button
            type="button"
            class={confirmingDelete ? 'button button-danger-solid' : 'button button-quiet button-danger'}
            aria-disabled={busy ? 'true' : undefined}
            data-testid={confirmingDelete ? 'poll-delete-confirm' : 'poll-delete'}
            onClick={() => (confirmingDelete ? void remove() : setConfirmingDelete(true))}
          >
            {confirmingDelete ? t('moderator.deleteConfirm') : t('moderator.delete')}
          </button>
        )}
        {canDelete && confirmingDelete && (
          <button type="button" class="button button-quiet" onClick={() => setConfirmingDelete(false)}>
            {t('moderator.deleteCancel')}
          </button>
        )}
      </div>
    </article>
  );
}
