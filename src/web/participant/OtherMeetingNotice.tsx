import { t } from '../i18n/index.ts';
import { laterTextsReady } from '../i18n/laterTexts.ts';

/**
 * INTEG-14: the call this page runs in is not the session's meeting. Said before the person
 * joins (or rejoins with a saved token), with the way on; the session's meeting is never named.
 * Its texts are in the later part, fetched when it is first wanted (WEB-7).
 */
export function OtherMeetingNotice({ goOn }: { goOn: () => void }) {
  if (!laterTextsReady()) return null;
  return (
    <div class="notice button-row" role="status" data-testid="other-meeting">
      <p>{t('calls.otherMeeting.body')}</p>
      <button type="button" class="button button-primary" data-testid="other-meeting-go-on" onClick={goOn}>
        {t('calls.otherMeeting.goOn')}
      </button>
    </div>
  );
}
