import { CommandRefused } from '../../client/refusal.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { nowAnswering, type QaClientState } from '../../core/qa/qaClientState.ts';
import type { QaPolicy } from '../../core/qa/qaTypes.ts';
import type { Role } from '../../core/roles.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { t, tn } from '../i18n/index.ts';
import { QA_POLICY_LIST, qaPolicyDetail, qaPolicyName } from '../qa/qaNames.ts';
import { QaPublishedItem } from './QaPublishedItem.tsx';
import { QaQueueItem } from './QaQueueItem.tsx';
import { RelayPanel } from './RelayPanel.tsx';
import '../styles/qa.css';
import '../styles/moderator-qa.css';

interface QaPanelProps {
  readonly qa: QaClientState;
  readonly role: Role | null;
  readonly run: (command: CommandInput) => Promise<boolean>;
  /** Sends a command and leaves a refusal to the caller. */
  readonly send: (command: CommandInput) => Promise<unknown>;
  /** Shows a refusal in the console's alert region. */
  readonly report: (failure: unknown) => void;
}

/**
 * The Q&A in the moderator console: "now answering" with Next question by the chosen policy,
 * the queue of questions waiting (held ones first, with what the filters found), and the
 * published questions. Every moderator's console shows the same queue, live. The online
 * moderator gets the relay of questions from the call first.
 */
export function QaPanel({ qa, role, run, send, report }: QaPanelProps) {
  /**
   * Runs an action on a question. A refusal because the text changed since it was read is
   * not an error to announce: the item already shows the new text, marked as changed (QA-14).
   */
  const act = async (command: CommandInput): Promise<boolean> => {
    try {
      await send(command);
      return true;
    } catch (failure) {
      if (!(failure instanceof CommandRefused && failure.reason === 'qa.changedSinceSeen')) report(failure);
      return false;
    }
  };
  const board = qa.board;
  if (!board) return null;
  const waiting = qa.questions.filter((q) => q.status === 'held' || q.status === 'pending').sort((a, b) => (a.status === b.status ? a.askedAt - b.askedAt : a.status === 'held' ? -1 : 1));
  const published = qa.questions.filter((q) => q.status === 'published' || q.status === 'answered').sort((a, b) => (a.status === b.status ? b.upvotes - a.upvotes || a.askedAt - b.askedAt : a.status === 'published' ? -1 : 1));
  const openOnes = published.filter((q) => q.status === 'published');
  const current = nowAnswering(qa);
  return (
    <section class="moderator-qa" aria-labelledby="qa-heading" data-testid="qa-panel">
      <h2 id="qa-heading" class="section-heading">
        {t('qa.mod.title')}
      </h2>
      {role === 'online_moderator' && <RelayPanel qa={qa} run={run} />}
      <div class="card qa-now">
        <p class="eyebrow">{t('qa.nowAnswering')}</p>
        {current ? (
          <>
            <div class="qa-item-meta">
              <ChannelBadge channel={current.channel} />
              <span class="qa-pill">{tn('qa.upvotes', current.upvotes)}</span>
            </div>
            <p class="qa-now-text" data-testid="qa-now-text">
              {current.text}
            </p>
            <div class="button-row">
              <button type="button" class="button button-primary button-small" onClick={() => void run({ type: 'qa.answer', questionId: current.id })}>
                {t('qa.mod.answered')}
              </button>
              <button type="button" class="button button-quiet button-small" onClick={() => void run({ type: 'qa.pin', questionId: null })}>
                {t('qa.mod.unpin')}
              </button>
            </div>
          </>
        ) : (
          <p class="muted">{t('qa.mod.nothingPinned')}</p>
        )}
        <div class="qa-next">
          <label class="field-label" for="qa-policy">
            {t('qa.mod.policyLabel')}
          </label>
          <select
            id="qa-policy"
            class="select-input"
            value={board.policy}
            data-testid="qa-policy"
            aria-describedby="qa-policy-detail"
            onChange={(e) => void run({ type: 'qa.setPolicy', policy: e.currentTarget.value as QaPolicy })}
          >
            {QA_POLICY_LIST.map((p) => (
              <option key={p} value={p}>
                {qaPolicyName(p)}
              </option>
            ))}
          </select>
          <p class="field-hint" id="qa-policy-detail">
            {qaPolicyDetail(board.policy)}
          </p>
          <button type="button" class="button button-primary" data-testid="qa-next" aria-disabled={openOnes.length === 0 ? 'true' : undefined} onClick={() => void run({ type: 'qa.next' })}>
            {t('qa.mod.next')}
          </button>
        </div>
      </div>

      <div class="qa-columns">
        <section class="card" aria-labelledby="qa-queue-title">
          <h3 id="qa-queue-title" class="qa-subtitle">
            {t('qa.mod.queueTitle', { count: waiting.length })}
          </h3>
          {!board.preModeration && <p class="field-hint">{t('qa.mod.noPreModeration')}</p>}
          {waiting.length === 0 ? (
            <p class="muted">{t('qa.mod.queueEmpty')}</p>
          ) : (
            <ul class="qa-list" data-testid="qa-queue">
              {waiting.map((q) => (
                <QaQueueItem key={q.id} question={q} run={act} />
              ))}
            </ul>
          )}
        </section>
        <section class="card" aria-labelledby="qa-pub-title">
          <h3 id="qa-pub-title" class="qa-subtitle">
            {t('qa.mod.publishedTitle', { count: published.length })}
          </h3>
          {published.length === 0 ? (
            <p class="muted">{t('qa.noneYet')}</p>
          ) : (
            <ul class="qa-list">
              {published.map((q) => (
                <QaPublishedItem key={q.id} question={q} pinned={board.nowAnswering === q.id} others={openOnes.filter((o) => o.id !== q.id)} run={act} />
              ))}
            </ul>
          )}
        </section>
      </div>
    </section>
  );
}
