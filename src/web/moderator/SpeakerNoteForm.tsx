import { useState } from 'preact/hooks';
import type { PanelSpeaker } from '../../core/plan.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/**
 * The moderators' private note to one panel speaker (SPEAK-2): choose the speaker, type a note
 * or insert "One minute left", send. Only that speaker's screens and staff receive it. The note
 * starts empty (COCKPIT-5): a pre-filled text is one click from being sent by mistake. "Sent"
 * goes away at the next change.
 */
export function SpeakerNoteForm({ speakers, run }: { speakers: readonly PanelSpeaker[]; run: (command: CommandInput) => Promise<boolean> }) {
  const [speaker, setSpeaker] = useState(0);
  const [text, setText] = useState('');
  const [sent, setSent] = useState<string | null>(null);
  if (speakers.length === 0) return null;
  return (
    <form
      class="card speaker-note-form"
      aria-labelledby="speaker-note-form-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setSent(null);
        if (await run({ type: 'speaker.note', panelSpeaker: speaker, text: text.trim() })) {
          setSent(t('moderator.note.sent', { label: speakers[speaker]?.label ?? '' }));
          setText('');
        }
      }}
    >
      <h3 id="speaker-note-form-title" class="section-heading">
        {t('moderator.note.heading')}
      </h3>
      <div class="field-pair">
        <div>
          <label class="field-label" for="speaker-note-speaker">
            {t('moderator.note.speaker')}
          </label>
          <select id="speaker-note-speaker" class="select-input" value={String(speaker)} onChange={(e) => {
              setSpeaker(Number(e.currentTarget.value));
              setSent(null);
            }}
            data-testid="note-speaker"
          >
            {speakers.map((s, i) => (
              <option key={i} value={String(i)} {...USER_TEXT}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label class="field-label" for="speaker-note-text">
            {t('moderator.note.text')}
          </label>
          <input id="speaker-note-text" class="text-input" maxLength={140} required value={text} onInput={(e) => {
              setText(e.currentTarget.value);
              setSent(null);
            }}
            data-testid="note-text"
          />
        </div>
      </div>
      {sent && (
        <p class="form-feedback form-success" role="status">
          {sent}
        </p>
      )}
      <div class="button-row">
        <button
          type="button"
          class="button button-quiet"
          data-testid="note-quick"
          onClick={() => {
            setText(t('moderator.note.quick'));
            setSent(null);
          }}
        >
          {t('moderator.note.quickFill')}
        </button>
        <button type="submit" class="button button-primary" disabled={text.trim() === ''} data-testid="note-send">
          {t('moderator.note.send')}
        </button>
      </div>
    </form>
  );
}
