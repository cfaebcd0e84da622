import { useState } from 'preact/hooks';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { QaClientState } from '../../core/qa/qaClientState.ts';
import type { Channel } from '../../core/roles.ts';
import { t } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { AskQuestionForm } from './AskQuestionForm.tsx';
import { MyQuestions } from './MyQuestions.tsx';
import { PublishedQuestions } from './PublishedQuestions.tsx';
import '../styles/qa.css';

interface QaCardProps {
  readonly qa: QaClientState;
  readonly channel: Channel | null;
  /** Sends a command; resolves once acknowledged, rejects if refused. */
  readonly send: (command: CommandInput) => Promise<void>;
}

/**
 * The Q&A on a phone: ask (after saying where you are), your own questions with their status,
 * and everyone's published questions to upvote. Participant text is only ever rendered as text.
 */
export function QaCard({ qa, channel, send }: QaCardProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const board = qa.board;
  if (!board) return null;

  const run = async (command: CommandInput): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    // A message answers the action before; the next action starts without it (no stale "Sent").
    setError(null);
    setSent(false);
    try {
      await send(command);
      return true;
    } catch (refused) {
      setError(t('qa.failed', { message: refusalMessage(refused) }));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card qa-card" aria-labelledby="qa-card-title" data-testid="qa-card">
      <h2 id="qa-card-title" class="qa-card-title">
        {t('qa.title')}
      </h2>
      {channel === null ? (
        <p class="muted">{t('qa.channelFirst')}</p>
      ) : (
        <AskQuestionForm
          maxLength={board.maxQuestionLength}
          allowDisplayNames={board.allowDisplayNames}
          preModeration={board.preModeration}
          busy={busy}
          onAsk={async (text, displayName) => {
            const ok = await run({ type: 'qa.ask', text, displayName });
            setSent(ok);
            return ok;
          }}
          onTyping={() => {
            setSent(false);
            setError(null);
          }}
        />
      )}
      {/* A11Y-3: the polite region is in the page before "Sent" is written into it, so it is announced. */}
      <div class="qa-sent-region" role="status" aria-live="polite" data-testid="qa-sent-region">
        {sent && <p class="qa-sent">{board.preModeration ? t('qa.sentModerated') : t('qa.sent')}</p>}
      </div>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <MyQuestions
        questions={qa.mine}
        maxLength={board.maxQuestionLength}
        busy={busy}
        onEdit={(questionId, version, text) => run({ type: 'qa.edit', questionId, version, text })}
        onWithdraw={(questionId) => run({ type: 'qa.withdraw', questionId })}
      />
      <PublishedQuestions qa={qa} onUpvote={(questionId, up) => void run({ type: 'qa.upvote', questionId, up })} />
    </section>
  );
}
