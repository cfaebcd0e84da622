import { useState } from 'preact/hooks';
import { publishedQuestions, type QaClientState } from '../../core/qa/qaClientState.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { t, tn } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';
import { tUserText } from '../i18n/ltrParam.ts';

interface PublishedQuestionsProps {
  readonly qa: QaClientState;
  readonly onUpvote: (questionId: string, up: boolean) => void;
}

/** Everyone's published questions, popular or recent first, with an upvote toggle (QA-7). */
export function PublishedQuestions({ qa, onUpvote }: PublishedQuestionsProps) {
  const [sort, setSort] = useState<'popular' | 'recent'>('popular');
  const list = publishedQuestions(qa, sort);
  const now = qa.board?.nowAnswering ?? null;
  // QA-15: no upvote button on one's own question, only its count.
  const own = new Set(qa.mine.map((q) => q.id));
  return (
    <section class="qa-published" aria-labelledby="qa-published-title">
      <div class="qa-published-head">
        <h3 id="qa-published-title" class="qa-subtitle">
          {t('qa.publishedTitle')}
        </h3>
        <fieldset class="qa-sort">
          <legend class="visually-hidden">{t('qa.sortLabel')}</legend>
          {(['popular', 'recent'] as const).map((value) => (
            <label key={value} class="qa-sort-choice" data-selected={sort === value ? 'true' : undefined}>
              <input type="radio" name="qa-sort" value={value} checked={sort === value} data-testid={`qa-sort-${value}`} onChange={() => setSort(value)} />
              <span>{value === 'popular' ? t('qa.sortPopular') : t('qa.sortRecent')}</span>
            </label>
          ))}
        </fieldset>
      </div>
      {list.length === 0 ? (
        <p class="muted">{t('qa.noneYet')}</p>
      ) : (
        <ul class="qa-list">
          {list.map((q) => {
            const mine = qa.upvoted[q.id] === true;
            return (
              <li key={q.id} class="qa-item" data-testid="qa-published-item" data-status={q.status} data-now={now === q.id ? 'true' : undefined}>
                <div class="qa-item-meta">
                  <ChannelBadge channel={q.channel} />
                  {now === q.id && <span class="qa-pill qa-pill-now">{t('qa.nowAnswering')}</span>}
                  {q.status === 'answered' && <span class="qa-pill">{t('qa.status.answered')}</span>}
                  {q.labels.map((label) => (
                    <span key={label} class="qa-pill qa-pill-label" {...USER_TEXT}>
                      {label}
                    </span>
                  ))}
                </div>
                <p class="qa-text-shown" {...USER_TEXT}>{q.text}</p>
                {q.displayName && <p class="qa-by">{tUserText('qa.askedBy', { name: q.displayName }, 'name')}</p>}
                {q.reply && <p class="qa-reply">{t('qa.replyPrefix', { reply: q.reply })}</p>}
                {own.has(q.id) ? (
                  <p class="qa-upvote-own" data-testid="qa-own-upvotes">
                    <span data-testid="qa-upvotes">{tn('qa.upvotes', q.upvotes)}</span> <span class="muted">{t('qa.yourQuestion')}</span>
                  </p>
                ) : (
                <button
                  type="button"
                  class="qa-upvote"
                  aria-pressed={mine ? 'true' : 'false'}
                  disabled={q.status !== 'published'}
                  data-testid="qa-upvote"
                  onClick={() => onUpvote(q.id, !mine)}
                >
                  <span aria-hidden="true">▲</span>
                  <span class="visually-hidden">{t('qa.upvote')}</span>
                  <span data-testid="qa-upvotes">{tn('qa.upvotes', q.upvotes)}</span>
                </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
