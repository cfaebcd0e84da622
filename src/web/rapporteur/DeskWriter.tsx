import { useState } from 'preact/hooks';
import type { ClientState } from '../../core/clientState.ts';
import type { PullSource } from '../../core/desk/deskCommands.ts';
import type { NoteTag } from '../../core/desk/deskTypes.ts';
import type { DeskView } from '../../core/desk/deskView.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { t } from '../i18n/index.ts';
import { AgendaSelect, TagSelect } from '../desk/DeskNotes.tsx';
import { clockTime, whoSpoke } from '../desk/deskWords.ts';
import { USER_TEXT } from '../components/userText.ts';

interface DeskWriterProps {
  readonly session: SessionView;
  readonly state: Pick<ClientState, 'qa' | 'polls'>;
  readonly desk: DeskView;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * Writing on the desk (REPORT-7, REPORT-8, REPORT-9): a note on an agenda item (the running one by
 * default), tagged; one action pulls in a published question, a poll result, the floor's
 * balance now or an intervention of the timeline, as a note of the kind and item chosen, with
 * whatever is written.
 */
export function DeskWriter({ session, state, desk, run }: DeskWriterProps) {
  const running = session.run.status === 'running' ? session.run.current : null;
  const [chosenItem, setItem] = useState<number | null | undefined>(undefined);
  const item = chosenItem === undefined ? running : chosenItem;
  const [tag, setTag] = useState<NoteTag>('takeaway');
  const [text, setText] = useState('');
  const published = state.qa.questions.filter((q) => q.status === 'published' || q.status === 'answered');
  const polls = state.polls.filter((p) => p.status !== 'draft');

  const note = async (attach: PullSource | null) => {
    if (await run({ type: 'desk.note', agendaItem: item, tag, text, attach })) setText('');
  };
  const submit = (event: Event) => {
    event.preventDefault();
    void note(null);
  };
  return (
    <>
      <section class="speaker-card" aria-labelledby="desk-write">
        <h2 id="desk-write" class="speaker-card-title">
          {t('desk.write')}
        </h2>
        <form class="desk-form" onSubmit={submit} data-testid="desk-form">
          <AgendaSelect session={session} value={item} onChange={setItem} id="desk-item" />
          <TagSelect value={tag} onChange={setTag} id="desk-tag" />
          <label class="field-label" for="desk-text">
            {t('desk.text')}
          </label>
          <textarea id="desk-text" class="input" rows={3} maxLength={1000} value={text} aria-describedby="desk-text-hint" data-testid="desk-text" onInput={(e) => setText(e.currentTarget.value)} />
          <p id="desk-text-hint" class="field-hint">
            {t('desk.textHint')}
          </p>
          <button type="submit" class="button button-primary" data-testid="desk-add" disabled={text.trim() === ''}>
            {t('desk.add')}
          </button>
        </form>
      </section>
      <section class="speaker-card" aria-labelledby="desk-pull">
        <h2 id="desk-pull" class="speaker-card-title">
          {t('desk.pull')}
        </h2>
        <p class="field-hint">{t('desk.pullHint')}</p>
        <button type="button" class="button button-secondary button-small" data-testid="desk-pull-balance" onClick={() => void note({ kind: 'balance' })}>
          {t('desk.pullBalance')}
        </button>
        <h3 class="desk-group-title">{t('desk.pullQuestion')}</h3>
        {published.length === 0 ? (
          <p class="muted">{t('desk.noQuestions')}</p>
        ) : (
          <ul class="desk-pulls">
            {published.map((q) => (
              <li key={q.id}>
                <span {...USER_TEXT}>{q.text}</span>{' '}
                <button type="button" class="button button-secondary button-small" data-testid="desk-pull-question" onClick={() => void note({ kind: 'question', questionId: q.id })}>
                  {t('desk.pull')}
                </button>
              </li>
            ))}
          </ul>
        )}
        <h3 class="desk-group-title">{t('desk.pullPoll')}</h3>
        {polls.length === 0 ? (
          <p class="muted">{t('desk.noPolls')}</p>
        ) : (
          <ul class="desk-pulls">
            {polls.map((p) => (
              <li key={p.id}>
                <span {...USER_TEXT}>{p.question}</span>{' '}
                <button type="button" class="button button-secondary button-small" data-testid="desk-pull-poll" onClick={() => void note({ kind: 'poll', pollId: p.id })}>
                  {t('desk.pull')}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="speaker-card" aria-labelledby="desk-timeline">
        <h2 id="desk-timeline" class="speaker-card-title">
          {t('desk.timeline')}
        </h2>
        <p class="field-hint">{t('desk.timelineHint')}</p>
        {desk.timeline.length === 0 ? (
          <p class="muted">{t('desk.noTimeline')}</p>
        ) : (
          <ol class="desk-pulls" data-testid="desk-timeline">
            {desk.timeline.map((entry) => (
              <li key={entry.id} data-testid="desk-timeline-entry">
                <span dir="ltr">{clockTime(entry.startedAt)}</span> {whoSpoke(entry)}
                {entry.endedAt === null && <strong> · {t('desk.speaking')}</strong>}{' '}
                <button type="button" class="button button-secondary button-small" data-testid="desk-note-on" onClick={() => void note({ kind: 'intervention', interventionId: entry.id })}>
                  {t('desk.noteOn')}
                </button>
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
