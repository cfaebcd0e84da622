import { useState } from 'preact/hooks';
import type { PanelSpeaker } from '../../core/plan.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { t } from '../i18n/index.ts';

/**
 * The moderators' private note to one panel speaker (SPEAK-2): choose the speaker, type or
 * pick "One minute left", send. Only that speaker's screens and staff receive it.
 */
export function SpeakerNoteForm({ speakers, run }: { speakers: readonly PanelSpeaker[]; run: (command: CommandInput) => Promise<boolean> }) {
  const [speaker, setSpeaker] = useState(0);
  const [text, setText] = useState(t('moderator.note.quick'));
  const [sent, setSent] = useState<string | null>(null);
  if (speakers.length === 0) return null;
  return (
    <form
      class="card speaker-note-form"
      aria-labelledby="speaker-note-form-title"
      onSubmit={async (event) => {
        event.preventDefault();
        setSent(null);
        if (await run({ type: 'speaker.note', panelSpeaker: speaker, text: text.trim() })) setSent(t('moderator.note.sent', { label: speakers[speaker]?.label ?? '' }));
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
          <select id="speaker-note-speaker" class="select-input" value={String(speaker)} onChange={(e) => setSpeaker(Number(e.currentTarget.value))} data-testid="note-speaker">
            {speakers.map((s, i) => (
              <option key={i} value={String(i)}>
                {s.label}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label class="field-label" for="speaker-note-text">
            {t('moderator.note.text')}
          </label>
          <input id="speaker-note-text" class="text-input" maxLength={140} required value={text} onInput={(e) => setText(e.currentTarget.value)} data-testid="note-text" />
        </div>
      </div>
      {sent && (
        <p class="form-feedback form-success" role="status">
          {sent}
        </p>
      )}
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={text.trim() === ''} data-testid="note-send">
          {t('moderator.note.send')}
        </button>
      </div>
    </form>
  );
}
