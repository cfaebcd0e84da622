import { useState } from 'preact/hooks';
import type { ServerClock } from '../floor/serverClock.ts';
import type { PollView } from '../../core/polls/pollViews.ts';
import { t, tn } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { USER_TEXT } from '../components/userText.ts';

interface PollAnswerFormProps {
  readonly poll: PollView;
  /** The participant's acknowledged ballot: option ids, or their own words. */
  readonly mine: readonly string[] | undefined;
  readonly vote: (optionIds: readonly string[]) => Promise<void>;
  readonly write: (entries: readonly string[]) => Promise<void>;
  readonly clock: ServerClock | undefined;
}

/**
 * How a phone answers the kinds of issue 15 (POLL-22..POLL-26): a scale of big radio buttons
 * with its labelled ends, a ranking with move-up and move-down buttons (no dragging needed),
 * word fields, an answer box, and a quiz with its countdown. Sends through `vote` or `write`.
 */
export function PollAnswerForm({ poll, mine, vote, write, clock }: PollAnswerFormProps) {
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const isOpen = poll.status === 'open';

  const submit = async (send: () => Promise<void>) => {
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      await send();
      setSent(true);
    } catch (failure) {
      setError(t('poll.voteFailed', { message: refusalMessage(failure) }));
    } finally {
      setSending(false);
    }
  };

  const feedback = (
    <>
      <p class="vote-status" role="status" aria-live="polite">
        {sent && !sending && !error && (
          <span class="confirmation" data-testid="vote-confirmed">
            {poll.kind === 'wordcloud' || poll.kind === 'open_text' ? t('poll.sent') : t('poll.confirmed')}
          </span>
        )}
      </p>
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
  const button = (disabled: boolean) => (
    <div class="vote-row">
      <button type="submit" class="button button-primary button-large vote-button" disabled={!isOpen || disabled || sending} data-testid="vote-submit">
        {sending ? t('poll.sending') : poll.kind === 'wordcloud' || poll.kind === 'open_text' ? t('poll.send') : mine ? t('poll.changeVote') : t('poll.vote')}
      </button>
    </div>
  );

  switch (poll.kind) {
    case 'rating':
    case 'quiz':
      return <PickOne poll={poll} mine={mine} clock={clock} onSend={(ids) => void submit(() => vote(ids))} button={button} feedback={feedback} />;
    case 'ranking':
      return <RankForm poll={poll} mine={mine} onSend={(ids) => void submit(() => vote(ids))} button={button} feedback={feedback} />;
    case 'wordcloud':
    case 'open_text':
      return <TextForm poll={poll} onSend={(entries) => void submit(() => write(entries))} button={button} feedback={feedback} />;
    default:
      return null;
  }
}

interface PartProps {
  readonly poll: PollView;
  readonly button: (disabled: boolean) => preact.JSX.Element;
  readonly feedback: preact.JSX.Element;
}

/** Seconds left of a quiz, from the server's clock; null when it has no timer or is not open. */
function secondsLeft(poll: PollView, clock: ServerClock | undefined): number | null {
  if (poll.kind !== 'quiz' || poll.timerSeconds === null || poll.openedAt === null || poll.status !== 'open' || !clock) return null;
  return Math.max(0, Math.ceil((poll.openedAt + poll.timerSeconds * 1000 - clock.second.value) / 1000));
}

function PickOne({ poll, mine, clock, onSend, button, feedback }: PartProps & { mine: readonly string[] | undefined; clock: ServerClock | undefined; onSend: (ids: string[]) => void }) {
  const [picked, setPicked] = useState<string | null>(null);
  const choice = picked ?? mine?.[0] ?? null;
  const left = secondsLeft(poll, clock);
  const scale = poll.scale;
  const name = `poll-${poll.id}`;
  return (
    <form
      class="poll-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (choice) onSend([choice]);
      }}
    >
      <fieldset class="poll-fieldset" disabled={poll.status !== 'open' || left === 0}>
        <legend class="visually-hidden" {...USER_TEXT}>
          {poll.question}
        </legend>
        <p class="field-hint">{poll.kind === 'rating' ? t('poll.hintRating') : t('poll.hintQuiz')}</p>
        {left !== null && (
          <p class="quiz-timer" data-testid="quiz-timer" aria-live={left <= 5 ? 'assertive' : 'off'}>
            {left > 0 ? t('poll.secondsLeft', { seconds: left }) : t('poll.timeUp')}
          </p>
        )}
        {scale && (scale.minLabel || scale.maxLabel) && (
          <p class="scale-ends" aria-hidden="true">
            <span>{scale.minLabel}</span>
            <span>{scale.maxLabel}</span>
          </p>
        )}
        <div class={poll.kind === 'rating' ? 'options options-scale' : 'options'}>
          {poll.options.map((option, i) => {
            // A scale's ends say what they mean to screen readers too, not only by position.
            const end = scale && i === 0 ? scale.minLabel : scale && i === poll.options.length - 1 ? scale.maxLabel : undefined;
            return (
              <label key={option.id} class="option" data-selected={choice === option.id ? 'true' : undefined}>
                <input class="option-input" type="radio" name={name} value={option.id} checked={choice === option.id} data-testid="poll-option" onChange={() => setPicked(option.id)} />
                <span class="option-text">
                  <span class="option-label" {...USER_TEXT}>{option.label}</span>
                  {end && <span class="visually-hidden"> ({end})</span>}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {button(choice === null || left === 0)}
      {feedback}
    </form>
  );
}

function RankForm({ poll, mine, onSend, button, feedback }: PartProps & { mine: readonly string[] | undefined; onSend: (ids: string[]) => void }) {
  const [order, setOrder] = useState<readonly string[]>(() => (mine && mine.length === poll.options.length ? mine : poll.options.map((o) => o.id)));
  const labelOf = new Map(poll.options.map((o) => [o.id, o.label]));
  const move = (i: number, by: -1 | 1) => {
    const next = [...order];
    const j = i + by;
    if (j < 0 || j >= next.length) return;
    [next[i], next[j]] = [next[j] ?? '', next[i] ?? ''];
    setOrder(next);
  };
  return (
    <form
      class="poll-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSend([...order]);
      }}
    >
      <p class="field-hint">{t('poll.hintRanking')}</p>
      <ol class="rank-list" data-testid="rank-list">
        {order.map((id, i) => {
          const label = labelOf.get(id) ?? id;
          return (
            <li key={id} class="rank-item" data-testid="rank-item">
              <span class="rank-place" aria-hidden="true">
                {i + 1}
              </span>
              <span class="rank-label">
                <span class="visually-hidden">{t('poll.rankPlace', { place: i + 1 })}: </span>
                <bdi {...USER_TEXT}>{label}</bdi>
              </span>
              <button type="button" class="button button-quiet button-icon" disabled={i === 0} aria-label={t('poll.moveUp', { label })} data-testid="rank-up" onClick={() => move(i, -1)}>
                ↑
              </button>
              <button type="button" class="button button-quiet button-icon" disabled={i === order.length - 1} aria-label={t('poll.moveDown', { label })} data-testid="rank-down" onClick={() => move(i, 1)}>
                ↓
              </button>
            </li>
          );
        })}
      </ol>
      {button(false)}
      {feedback}
    </form>
  );
}

function TextForm({ poll, onSend, button, feedback }: PartProps & { onSend: (entries: string[]) => void }) {
  const fields = poll.kind === 'wordcloud' ? (poll.maxWords ?? 3) : 1;
  const [values, setValues] = useState<readonly string[]>(() => Array.from({ length: fields }, () => ''));
  const entries = values.map((v) => v.trim()).filter((v) => v !== '');
  return (
    <form
      class="poll-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (entries.length > 0) onSend(entries);
      }}
    >
      <p class="field-hint">{poll.kind === 'wordcloud' ? tn('poll.hintUpToWords', fields) : t('poll.hintOpenText')}</p>
      {values.map((value, i) => {
        const id = `poll-${poll.id}-entry-${String(i)}`;
        const update = (text: string) => setValues(values.map((v, j) => (j === i ? text : v)));
        return (
          <div key={i} class="field">
            <label class="field-label" for={id}>
              {poll.kind === 'wordcloud' ? t('poll.word', { number: i + 1 }) : t('poll.answer')}
            </label>
            {poll.kind === 'wordcloud' ? (
              <input id={id} class="text-input" type="text" maxLength={40} value={value} data-testid="poll-entry" onInput={(event) => update(event.currentTarget.value)} />
            ) : (
              <textarea id={id} class="text-input" rows={3} maxLength={280} value={value} data-testid="poll-entry" onInput={(event) => update(event.currentTarget.value)} />
            )}
          </div>
        );
      })}
      {button(entries.length === 0)}
      {feedback}
    </form>
  );
}
