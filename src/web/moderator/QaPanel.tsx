import { CommandRefused } from '../../client/refusal.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { QaClientState } from '../../core/qa/qaClientState.ts';
import type { QaPolicy } from '../../core/qa/qaTypes.ts';
import type { Role } from '../../core/roles.ts';
import { t } from '../i18n/index.ts';
import { QA_POLICY_LIST, qaPolicyDetail, qaPolicyName } from '../qa/qaNames.ts';
import { QaPublishedItem } from './QaPublishedItem.tsx';
import { QaQueueItem } from './QaQueueItem.tsx';
import type { QuestionView } from '../../core/qa/qaViews.ts';
import { announce, type CockpitControls } from './cockpitControls.ts';
import { waitingQuestions } from './reviewQueue.ts';
import '../styles/qa.css';
import '../styles/moderator-qa.css';

interface QaPanelProps {
  readonly qa: QaClientState;
  readonly role: Role | null;
  readonly controls: CockpitControls;
  /** Sends a command and leaves a refusal to the caller. */
  readonly send: (command: CommandInput) => Promise<unknown>;
  /** Shows a refusal in the console's alert region. */
  readonly report: (failure: unknown) => void;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * The Questions pane of the cockpit: the Q&A policy, the questions waiting for a moderator
 * (held ones first, with what the filters found; the online room's first on the online
 * moderator's console, COCKPIT-4), one of them selected for the keys (J, K, A, R: COCKPIT-3),
 * and the published questions. Every moderator's console shows the same queue, live. The
 * question being answered and Next question are in the "now" column.
 */
export function QaPanel({ qa, role, controls, run, send, report }: QaPanelProps) {
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
  const room = role === 'online_moderator' ? 'online' : null;
  const waiting = waitingQuestions(qa.questions, room);
  const published = qa.questions.filter((q) => q.status === 'published' || q.status === 'answered').sort((a, b) => (a.status === b.status ? b.upvotes - a.upvotes || a.askedAt - b.askedAt : a.status === 'published' ? -1 : 1));
  const openOnes = published.filter((q) => q.status === 'published');
  const selected = controls.selected.value;
  const request = controls.request.value;
  const item = (q: QuestionView) => <QaQueueItem key={q.id} question={q} run={act} selected={selected === q.id} request={request?.questionId === q.id ? request : null} onSelect={() => (controls.selected.value = q.id)} notify={(text) => announce(controls, text)} />;
  const onlineCount = room === null ? 0 : waiting.filter((q) => q.channel === room).length;
  return (
    <section class="moderator-qa" aria-labelledby="qa-heading" data-testid="qa-panel">
      <div class="pane-head">
        <h2 id="qa-heading" class="section-heading">
          {t('qa.mod.title')}
        </h2>
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
        </div>
      </div>
      <p class="field-hint" id="qa-policy-detail">
        {qaPolicyDetail(board.policy)}
      </p>
      <section class="card" aria-labelledby="qa-queue-title">
        <h3 id="qa-queue-title" class="qa-subtitle">
          {t('qa.mod.queueTitle', { count: waiting.length })}
        </h3>
        {!board.preModeration && <p class="field-hint">{t('qa.mod.noPreModeration')}</p>}
        {waiting.length === 0 ? (
          <p class="muted">{t('qa.mod.queueEmpty')}</p>
        ) : room !== null ? (
          <>
            {onlineCount > 0 && <h4 class="qa-group-title">{t('cockpit.review.onlineGroup')}</h4>}
            <ul class="qa-list" data-testid="qa-queue">
              {waiting.slice(0, onlineCount).map(item)}
            </ul>
            {onlineCount < waiting.length && <h4 class="qa-group-title">{t('cockpit.review.roomGroup')}</h4>}
            <ul class="qa-list">{waiting.slice(onlineCount).map(item)}</ul>
          </>
        ) : (
          <ul class="qa-list" data-testid="qa-queue">
            {waiting.map(item)}
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
    </section>
  );
}
