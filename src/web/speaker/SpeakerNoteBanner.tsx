import type { SpeakerNote } from '../../core/speaker/speakerTypes.ts';
import { formatDateTime, t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/**
 * The latest private note from the moderators (SPEAK-2), large and unmissable. An assertive
 * live region, so a screen reader says it when it arrives.
 */
export function SpeakerNoteBanner({ note }: { note: SpeakerNote | null }) {
  return (
    <section class="speaker-note" data-has-note={note ? 'true' : 'false'} aria-labelledby="speaker-note-title">
      <h2 id="speaker-note-title" class="speaker-card-title">
        {t('speaker.note')}
      </h2>
      <div role="alert" aria-live="assertive">
        {note ? (
          <p class="speaker-note-text" data-testid="speaker-note" key={note.id} {...USER_TEXT}>
            {note.text}
          </p>
        ) : (
          <p class="muted">{t('speaker.noNote')}</p>
        )}
      </div>
      {note && (
        <p class="speaker-note-time muted">
          {t('speaker.noteAt', { time: formatDateTime(note.at, { hour: '2-digit', minute: '2-digit' }) })}
        </p>
      )}
    </section>
  );
}
