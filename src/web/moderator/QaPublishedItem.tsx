import { useState } from 'preact/hooks';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { QuestionView } from '../../core/qa/qaViews.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { InlineForm } from './InlineForm.tsx';
import { QaChangedNotice, useSeenText } from './QaChangedNotice.tsx';
import { t, tn } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';
import { tUserText } from '../i18n/ltrParam.ts';
import { declaredName } from '../floor/floorNames.ts';

interface QaPublishedItemProps {
  readonly question: QuestionView;
  readonly pinned: boolean;
  /** Other published questions it may be merged into. */
  readonly others: readonly QuestionView[];
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * A published (or answered) question for the moderator: upvotes, labels, reply; Pin as "now
 * answering", Mark answered, Archive, Merge into another, Labels, Reply.
 */
export function QaPublishedItem({ question: q, pinned, others, run }: QaPublishedItemProps) {
  const [mode, setMode] = useState<'idle' | 'merge' | 'label' | 'reply'>('idle');
  const [into, setInto] = useState(others[0]?.id ?? '');
  const [labels, setLabels] = useState(q.labels.join(', '));
  const [reply, setReply] = useState(q.reply ?? '');
  const seen = useSeenText(q);
  const open = q.status === 'published';
  return (
    <li class="qa-mod-item" data-testid="qa-published-mod-item" data-status={q.status} data-now={pinned ? 'true' : undefined}>
      <div class="qa-item-meta">
        <ChannelBadge channel={q.channel} />
        <span class="qa-pill" data-testid="qa-mod-upvotes">{tn('qa.upvotes', q.upvotes)}</span>
        {pinned && <span class="qa-pill qa-pill-now">{t('qa.nowAnswering')}</span>}
        {q.status === 'answered' && <span class="qa-pill">{t('qa.status.answered')}</span>}
        {q.forwarded && <span class="qa-pill">{t('qa.relay.forwarded')}</span>}
        {q.mergedCount > 0 && <span class="qa-pill">{tn('qa.mod.mergedCount', q.mergedCount)}</span>}
        {q.stakeholderGroup && <span class="qa-pill">{declaredName(q.stakeholderGroup)}</span>}
        {q.labels.map((label) => (
          <span key={label} class="qa-pill qa-pill-label" {...USER_TEXT}>
            {label}
          </span>
        ))}
      </div>
      <QaChangedNotice seen={seen} />
      <p class="qa-text-shown" {...USER_TEXT}>{q.text}</p>
      {q.displayName && <p class="qa-by">{tUserText('qa.askedBy', { name: q.displayName }, 'name')}</p>}
      {q.reply && <p class="qa-reply">{tUserText('qa.replyPrefix', { reply: q.reply }, 'reply')}</p>}
      {mode === 'merge' && (
        <InlineForm
          class="qa-inline-form"
          submitLabel={t('qa.mod.mergeConfirm')}
          onSubmit={() => {
            if (into) void run({ type: 'qa.merge', questionId: q.id, version: seen.version, intoId: into });
          }}
          onCancel={() => setMode('idle')}
        >
          <label class="field-label" for={`qa-into-${q.id}`}>
            {t('qa.mod.mergeLabel')}
          </label>
          <select id={`qa-into-${q.id}`} class="select-input" value={into} onChange={(e) => setInto(e.currentTarget.value)}>
            {others.map((o) => (
              <option key={o.id} value={o.id} {...USER_TEXT}>
                {o.text.length > 80 ? `${o.text.slice(0, 80)}…` : o.text}
              </option>
            ))}
          </select>
        </InlineForm>
      )}
      {mode === 'label' && (
        <InlineForm
          class="qa-inline-form"
          submitLabel={t('qa.save')}
          onSubmit={() => {
            const list = labels.split(',').map((l) => l.trim()).filter((l) => l.length > 0).slice(0, 5);
            void run({ type: 'qa.label', questionId: q.id, labels: list }).then((ok) => ok && setMode('idle'));
          }}
          onCancel={() => setMode('idle')}
        >
          <label class="field-label" for={`qa-labels-${q.id}`}>
            {t('qa.mod.labelsLabel')}
          </label>
          <input id={`qa-labels-${q.id}`} class="text-input" type="text" value={labels} onInput={(e) => setLabels(e.currentTarget.value)} />
        </InlineForm>
      )}
      {mode === 'reply' && (
        <InlineForm
          class="qa-inline-form"
          submitLabel={t('qa.save')}
          onSubmit={() => {
            void run({ type: 'qa.reply', questionId: q.id, text: reply.trim() || null }).then((ok) => ok && setMode('idle'));
          }}
          onCancel={() => setMode('idle')}
        >
          <label class="field-label" for={`qa-reply-${q.id}`}>
            {t('qa.mod.replyLabel')}
          </label>
          <input id={`qa-reply-${q.id}`} class="text-input" type="text" maxLength={500} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
        </InlineForm>
      )}
      {mode === 'idle' && (
        <div class="button-row">
          {open && !pinned && (
            <button type="button" class="button button-primary button-small" data-testid="qa-pin" onClick={() => void run({ type: 'qa.pin', questionId: q.id })}>
              {t('qa.mod.pin')}
            </button>
          )}
          {open && (
            <button type="button" class="button button-secondary button-small" data-testid="qa-answer" onClick={() => void run({ type: 'qa.answer', questionId: q.id })}>
              {t('qa.mod.answered')}
            </button>
          )}
          {open && others.length > 0 && (
            <button type="button" class="button button-quiet button-small" onClick={() => setMode('merge')}>
              {t('qa.mod.merge')}
            </button>
          )}
          <button type="button" class="button button-quiet button-small" onClick={() => setMode('label')}>
            {t('qa.mod.labels')}
          </button>
          <button type="button" class="button button-quiet button-small" data-testid="qa-reply" onClick={() => setMode('reply')}>
            {t('qa.mod.reply')}
          </button>
          <button type="button" class="button button-quiet button-small" onClick={() => void run({ type: 'qa.archive', questionId: q.id })}>
            {t('qa.mod.archive')}
          </button>
        </div>
      )}
    </li>
  );
}
