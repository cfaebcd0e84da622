import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/index.ts';
import { announcementsBetween, type AnnouncedState } from './participantAnnouncements.ts';

interface ParticipantAnnouncerProps {
  readonly state: AnnouncedState;
  /** The session's state has arrived: what is there then is the baseline, not news. */
  readonly ready: boolean;
}

/**
 * One polite live region, in the page from the start, that tells a participant the changes
 * that matter to them (A11Y-3): your vote is counted, you are next, you have the floor, your
 * question was published. Each message is a new child, so the same words said twice are
 * announced twice.
 */
export function ParticipantAnnouncer({ state, ready }: ParticipantAnnouncerProps) {
  const baseline = useRef<AnnouncedState | null>(null);
  const [said, setSaid] = useState<{ readonly id: number; readonly text: string } | null>(null);
  useEffect(() => {
    if (!ready) {
      baseline.current = null;
      return;
    }
    const before = baseline.current;
    baseline.current = state;
    if (!before) return;
    const keys = announcementsBetween(before, state);
    if (keys.length > 0) setSaid((last) => ({ id: (last?.id ?? 0) + 1, text: keys.map((key) => t(key)).join(' ') }));
  }, [ready, state.myVotes, state.myFloor, state.mine]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-label={t('a11y.announcements')} data-testid="participant-announcer">
      {said && <span key={said.id}>{said.text}</span>}
    </div>
  );
}
