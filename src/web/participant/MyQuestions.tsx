import { useState } from 'preact/hooks';
import type { MyQuestionView } from '../../core/qa/qaViews.ts';
import { t } from '../i18n/index.ts';
import { myStatusName } from '../qa/qaNames.ts';
import { USER_TEXT } from '../components/userText.ts';
import { tUserText } from '../i18n/ltrParam.ts';

interface MyQuestionsProps {
  readonly questions: readonly MyQuestionView[];
  readonly maxLength: number;
  readonly busy: boolean;
  /** `version`: the text being replaced, as shown (QA-14). */
  readonly onEdit: (questionId: string, version: number, text: string) => Promise<boolean>;
  readonly onWithdraw: (questionId: string) => Promise<boolean>;
}

/** The participant's own questions with their status; edit or withdraw while they wait (QA-1). */
export function MyQuestions({ questions, maxLength, busy, onEdit, onWithdraw }: MyQuestionsProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState('');
  /** The version the draft started from: a change from another tab meanwhile is not overwritten unseen (QA-14). */
  const [draftVersion, setDraftVersion] = useState(0);
  if (questions.length === 0) return null;
  return (
    <section class="qa-mine" aria-labelledby="qa-mine-title" data-testid="qa-mine">
      <h3 id="qa-mine-title" class="qa-subtitle">
        {t('qa.mineTitle')}
      </h3>
      <ul class="qa-list">
        {questions.map((q) => {
          const waiting = q.status === 'pending' || q.status === 'held';
          return (
            <li key={q.id} class="qa-item" data-testid="qa-mine-item" data-status={q.status}>
              <p class="qa-status" data-status={q.status} data-testid="qa-mine-status">
                {myStatusName(q.status)}
              </p>
              {q.status === 'held' && <p class="field-hint">{t('qa.heldHint')}</p>}
              {editing === q.id ? (
                <form
                  class="qa-edit"
                  onSubmit={(event) => {
                    event.preventDefault();
                    void onEdit(q.id, draftVersion, draft.trim()).then((ok) => ok && setEditing(null));
                  }}
                >
                  <label class="visually-hidden" for={`qa-edit-${q.id}`}>
                    {t('qa.editLabel')}
                  </label>
                  <textarea id={`qa-edit-${q.id}`} class="text-input" rows={3} data-testid="qa-edit-text" value={draft} maxLength={maxLength} onInput={(e) => setDraft(e.currentTarget.value)} />
                  <div class="button-row">
                    <button type="submit" class="button button-primary button-small" data-testid="qa-edit-save" aria-disabled={busy ? 'true' : undefined}>
                      {t('qa.save')}
                    </button>
                    <button type="button" class="button button-quiet button-small" onClick={() => setEditing(null)}>
                      {t('qa.cancel')}
                    </button>
                  </div>
                </form>
              ) : q.text === null ? (
                <p class="qa-text-shown">{t('qa.textDeleted')}</p>
              ) : (
                <p class="qa-text-shown" {...USER_TEXT}>
                  {q.text}
                </p>
              )}
              {q.reply && <p class="qa-reply">{tUserText('qa.replyPrefix', { reply: q.reply }, 'reply')}</p>}
              {waiting && editing !== q.id && (
                <div class="button-row">
                  <button
                    type="button"
                    class="button button-secondary button-small"
                    data-testid="qa-edit"
                    onClick={() => {
                      setDraft(q.text ?? '');
                      setDraftVersion(q.version);
                      setEditing(q.id);
                    }}
                  >
                    {t('qa.edit')}
                  </button>
                  <button type="button" class="button button-quiet button-small" data-testid="qa-withdraw" aria-disabled={busy ? 'true' : undefined} onClick={() => void onWithdraw(q.id)}>
                    {t('qa.withdraw')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
