import type { ClientState } from '../../core/clientState.ts';
import type { SessionView } from '../../core/views.ts';
import { DeskNotes } from '../desk/DeskNotes.tsx';
import { t } from '../i18n/index.ts';

/** The rapporteur's notes as the moderators see them: live, read-only (REPORT-6). */
export function RapporteurNotesPane({ state, session }: { state: ClientState; session: SessionView }) {
  return (
    <section aria-labelledby="desk-pane-heading">
      <h2 id="desk-pane-heading" class="section-heading" tabIndex={-1}>
        {t('desk.cockpitHeading')}
      </h2>
      <p class="field-hint">{t('desk.cockpitHint')}</p>
      {state.desk && <DeskNotes desk={state.desk} session={session} state={state} testId="cockpit-desk-notes" />}
    </section>
  );
}
