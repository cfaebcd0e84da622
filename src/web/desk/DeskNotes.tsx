import { useState } from 'preact/hooks';
import { agendaTitle } from '../i18n/planText.ts';
import type { ClientState } from '../../core/clientState.ts';
import { NOTE_TAGS, type DeskNote } from '../../core/desk/deskTypes.ts';
import type { DeskView } from '../../core/desk/deskView.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { ResultBars } from '../components/ResultBars.tsx';
import { t } from '../i18n/index.ts';
import '../styles/desk.css';
import { attachmentText, clockTime, TAG_KEYS } from './deskWords.ts';
import { USER_TEXT } from '../components/userText.ts';

interface DeskNotesProps {
  readonly desk: DeskView;
  readonly session: SessionView;
  readonly state: Pick<ClientState, 'qa' | 'polls' | 'tallies'>;
  /** The rapporteur's: notes can be edited and removed. Left out on the moderators' read-only pane. */
  readonly run?: (command: CommandInput) => Promise<boolean>;
  readonly testId: string;
}

/** The notes grouped by agenda item, the session as a whole first (REPORT-7); live on the desk and in the cockpit (REPORT-6). */
export function DeskNotes({ desk, session, state, run, testId }: DeskNotesProps) {
  if (desk.notes.length === 0) return <p class="muted" data-testid={`${testId}-empty`}>{t('desk.noNotes')}</p>;
  const groups: (number | null)[] = [null, ...session.agenda.map((_, i) => i)];
  return (
    <div data-testid={testId}>
      {groups.map((item) => {
        const notes = desk.notes.filter((n) => n.agendaItem === item);
        if (notes.length === 0) return null;
        const agendaItem = item === null ? undefined : session.agenda[item];
        const itemTitle = agendaItem ? agendaTitle(agendaItem) : '';
        const title = item === null ? t('desk.wholeSession') : `${String(item + 1)}. ${itemTitle}`;
        return (
          <section key={String(item)} class="desk-group" aria-label={title}>
            <h3 class="desk-group-title">
              {item === null ? (
                title
              ) : (
                <>
                  {`${String(item + 1)}. `}
                  <bdi {...USER_TEXT}>{itemTitle}</bdi>
                </>
              )}
            </h3>
            <ul class="desk-notes">
              {notes.map((note) => (
                <NoteItem key={note.id} note={note} desk={desk} session={session} state={state} run={run} />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}

function NoteItem({ note, desk, session, state, run }: { note: DeskNote; desk: DeskView; session: SessionView; state: DeskNotesProps['state']; run: DeskNotesProps['run'] }) {
  const [editing, setEditing] = useState(false);
  const attached = attachmentText(note, state, desk);
  const poll = note.attachment?.kind === 'poll' ? state.polls.find((p) => p.id === (note.attachment as { pollId: string }).pollId) : undefined;
  const tally = poll ? state.tallies[poll.id] : undefined;
  if (editing && run) return <NoteEditor note={note} session={session} run={run} done={() => setEditing(false)} />;
  return (
    <li class="desk-note" data-testid="desk-note" data-tag={note.tag}>
      <p class="desk-note-head">
        <span class="desk-tag" data-tag={note.tag}>{t(TAG_KEYS[note.tag])}</span> <span class="muted">{clockTime(note.at)}</span>
      </p>
      {note.text && <p class="desk-note-text" data-testid="desk-note-text" {...USER_TEXT}>{note.text}</p>}
      {attached && <p class="desk-note-attached muted">{attached}</p>}
      {poll && tally?.counts && <ResultBars options={poll.options} counts={tally.counts} total={tally.total} />}
      {run && (
        <p class="desk-note-actions">
          <button type="button" class="button button-secondary button-small" onClick={() => setEditing(true)}>
            {t('desk.edit')}
          </button>{' '}
          <button type="button" class="button button-secondary button-small" data-testid="desk-note-remove" onClick={() => void run({ type: 'desk.remove', noteId: note.id })}>
            {t('desk.remove')}
          </button>
        </p>
      )}
    </li>
  );
}

function NoteEditor({ note, session, run, done }: { note: DeskNote; session: SessionView; run: (command: CommandInput) => Promise<boolean>; done: () => void }) {
  const [text, setText] = useState(note.text);
  const [tag, setTag] = useState(note.tag);
  const [item, setItem] = useState(note.agendaItem);
  const save = async (event: Event) => {
    event.preventDefault();
    if (await run({ type: 'desk.edit', noteId: note.id, agendaItem: item, tag, text })) done();
  };
  return (
    <li class="desk-note">
      <form onSubmit={(e) => void save(e)} class="desk-form">
        <AgendaSelect session={session} value={item} onChange={setItem} id={`desk-edit-item-${note.id}`} />
        <TagSelect value={tag} onChange={setTag} id={`desk-edit-tag-${note.id}`} />
        <label class="field-label" for={`desk-edit-text-${note.id}`}>
          {t('desk.text')}
        </label>
        <textarea id={`desk-edit-text-${note.id}`} class="input" rows={3} maxLength={1000} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <p>
          <button type="submit" class="button button-primary button-small">
            {t('desk.save')}
          </button>{' '}
          <button type="button" class="button button-secondary button-small" onClick={done}>
            {t('desk.cancel')}
          </button>
        </p>
      </form>
    </li>
  );
}

export function AgendaSelect({ session, value, onChange, id }: { session: SessionView; value: number | null; onChange: (item: number | null) => void; id: string }) {
  return (
    <>
      <label class="field-label" for={id}>
        {t('desk.agendaItem')}
      </label>
      <select id={id} class="input" value={value === null ? '' : String(value)} onChange={(e) => onChange(e.currentTarget.value === '' ? null : Number(e.currentTarget.value))}>
        <option value="">{t('desk.wholeSession')}</option>
        {session.agenda.map((item, i) => (
          <option key={i} value={String(i)} {...USER_TEXT}>
            {`${String(i + 1)}. ${agendaTitle(item)}`}
          </option>
        ))}
      </select>
    </>
  );
}

export function TagSelect({ value, onChange, id }: { value: DeskNote['tag']; onChange: (tag: DeskNote['tag']) => void; id: string }) {
  return (
    <>
      <label class="field-label" for={id}>
        {t('desk.tag')}
      </label>
      <select id={id} class="input" value={value} onChange={(e) => onChange(e.currentTarget.value as DeskNote['tag'])}>
        {NOTE_TAGS.map((tag) => (
          <option key={tag} value={tag}>
            {t(TAG_KEYS[tag])}
          </option>
        ))}
      </select>
    </>
  );
}
