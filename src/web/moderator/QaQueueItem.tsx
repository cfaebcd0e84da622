import { useEffect, useRef, useState } from 'preact/hooks';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { RejectReason } from '../../core/qa/qaTypes.ts';
import type { QuestionView } from '../../core/qa/qaViews.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import type { ReviewRequest } from './cockpitControls.ts';
import { InlineForm } from './InlineForm.tsx';
import { QaChangedNotice, useSeenText } from './QaChangedNotice.tsx';
import { t } from '../i18n/index.ts';
import { flagName, REJECT_REASON_LIST, rejectReasonName } from '../qa/qaNames.ts';
import { USER_TEXT } from '../components/userText.ts';
import { declaredName } from '../floor/floorNames.ts';

interface QaQueueItemProps {
  readonly question: QuestionView;
  readonly run: (command: CommandInput) => Promise<boolean>;
  /** The question the keys act on (COCKPIT-3). */
  readonly selected?: boolean;
  /** A key's action for this question, carried out here where the read text is known. */
  readonly request?: ReviewRequest | null;
  readonly onSelect?: () => void;
  /** Puts a short message in the cockpit's status region. */
  readonly notify?: (text: string) => void;
}

/**
 * A question waiting for a moderator: its text, channel, declared group and what the filters
 * found; Approve, Edit then approve (to take personal data out), Reject with a reason. Each
 * names the text the moderator read; if the author changed it meanwhile, the item says so and
 * shows both texts, and the actions wait until the moderator has read the new one (QA-14).
 * On a flagged question Reject is the primary action and approving takes "Approve anyway";
 * the A key never approves it, it moves focus to that button (COCKPIT-5).
 */
export function QaQueueItem({ question: q, run, selected = false, request = null, onSelect, notify }: QaQueueItemProps) {
  const [mode, setMode] = useState<'idle' | 'edit' | 'reject'>('idle');
  const [draft, setDraft] = useState(q.text);
  const [reason, setReason] = useState<RejectReason>('off_topic');
  const seen = useSeenText(q);
  const flags = q.flags ?? [];
  const flagged = flags.length > 0 || q.status === 'held';
  const itemRef = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (selected) itemRef.current?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  // A key pressed for this question (COCKPIT-3): carried out once per request.
  useEffect(() => {
    if (!request) return;
    const item = itemRef.current;
    if (request.action === 'reject') {
      if (seen.changed) {
        notify?.(t('cockpit.review.changedKey'));
        item?.querySelector<HTMLElement>('[data-testid="qa-changed-read"]')?.focus();
        return;
      }
      setMode('reject');
      requestAnimationFrame(() => item?.querySelector<HTMLElement>('[data-testid="qa-reject-reason"]')?.focus());
      return;
    }
    if (seen.changed) {
      notify?.(t('cockpit.review.changedKey'));
      item?.querySelector<HTMLElement>('[data-testid="qa-changed-read"]')?.focus();
    } else if (flagged) {
      notify?.(t('cockpit.review.flaggedKey', { flags: flags.map(flagName).join(', ') || t('qa.status.held') }));
      item?.querySelector<HTMLElement>('[data-testid="qa-approve"]')?.focus();
    } else {
      void run({ type: 'qa.approve', questionId: q.id, version: seen.version });
    }
    // Only a new request acts (its nonce); the question changing under it must not re-run it.
  }, [request?.nonce]);

  return (
    <li
      ref={itemRef}
      class="qa-mod-item"
      data-testid="qa-queue-item"
      data-status={q.status}
      data-flagged={flagged ? 'true' : undefined}
      data-selected={selected ? 'true' : undefined}
      data-changed={seen.changed ? 'true' : undefined}
      aria-current={selected ? 'true' : undefined}
      onClick={onSelect}
      onFocusCapture={onSelect}
    >
      <div class="qa-item-meta">
        <span class="qa-mod-status" data-status={q.status}>
          {q.status === 'held' ? t('qa.status.held') : t('qa.status.pending')}
        </span>
        <ChannelBadge channel={q.channel} />
        {q.stakeholderGroup && <span class="qa-pill">{declaredName(q.stakeholderGroup)}</span>}
        {flags.map((flag) => (
          <span key={flag} class="qa-flag" data-testid="qa-flag">
            {flagName(flag)}
          </span>
        ))}
      </div>
      <QaChangedNotice seen={seen} />
      {mode === 'edit' && seen.changed && (
        <p class="qa-text-shown" data-testid="qa-queue-text" {...USER_TEXT}>
          {q.text}
        </p>
      )}
      {mode === 'edit' ? (
        <InlineForm
          class="qa-edit"
          submitLabel={t('qa.mod.saveApprove')}
          submitTestId="qa-mod-save-approve"
          onSubmit={() => {
            void run({ type: 'qa.approve', questionId: q.id, version: seen.version, text: draft.trim() }).then((ok) => ok && setMode('idle'));
          }}
          onCancel={() => setMode('idle')}
        >
          <label class="field-label" for={`qa-mod-edit-${q.id}`}>
            {t('qa.mod.editLabel')}
          </label>
          <textarea id={`qa-mod-edit-${q.id}`} class="text-input" rows={3} value={draft} data-testid="qa-mod-edit-text" onInput={(e) => setDraft(e.currentTarget.value)} />
        </InlineForm>
      ) : (
        <p class="qa-text-shown" data-testid="qa-queue-text" {...USER_TEXT}>
          {q.text}
        </p>
      )}
      {mode === 'reject' && (
        <InlineForm
          class="qa-reject"
          submitLabel={t('qa.mod.rejectConfirm')}
          submitTestId="qa-reject-confirm"
          danger
          onSubmit={() => {
            void run({ type: 'qa.reject', questionId: q.id, version: seen.version, reason });
          }}
          onCancel={() => setMode('idle')}
        >
          <label class="field-label" for={`qa-reason-${q.id}`}>
            {t('qa.mod.reasonLabel')}
          </label>
          <select id={`qa-reason-${q.id}`} class="select-input" value={reason} data-testid="qa-reject-reason" onChange={(e) => setReason(e.currentTarget.value as RejectReason)}>
            {REJECT_REASON_LIST.map((r) => (
              <option key={r} value={r}>
                {rejectReasonName(r)}
              </option>
            ))}
          </select>
        </InlineForm>
      )}
      {mode === 'idle' && !seen.changed && flagged && <p class="field-hint qa-flagged-hint">{t('cockpit.review.flagged')}</p>}
      {mode === 'idle' && !seen.changed && (
        <div class="button-row">
          {flagged ? (
            <button type="button" class="button button-primary button-small" data-testid="qa-reject" aria-keyshortcuts="R" onClick={() => setMode('reject')}>
              {t('qa.mod.reject')}
            </button>
          ) : (
            <button type="button" class="button button-primary button-small" data-testid="qa-approve" aria-keyshortcuts="A" onClick={() => void run({ type: 'qa.approve', questionId: q.id, version: seen.version })}>
              {t('qa.mod.approve')}
            </button>
          )}
          <button
            type="button"
            class="button button-secondary button-small"
            data-testid="qa-mod-edit"
            onClick={() => {
              setDraft(q.text);
              setMode('edit');
            }}
          >
            {t('qa.mod.edit')}
          </button>
          {flagged ? (
            <button type="button" class="button button-quiet button-small" data-testid="qa-approve" onClick={() => void run({ type: 'qa.approve', questionId: q.id, version: seen.version })}>
              {t('cockpit.review.approveAnyway')}
            </button>
          ) : (
            <button type="button" class="button button-quiet button-small" data-testid="qa-reject" aria-keyshortcuts="R" onClick={() => setMode('reject')}>
              {t('qa.mod.reject')}
            </button>
          )}
        </div>
      )}
    </li>
  );
}
