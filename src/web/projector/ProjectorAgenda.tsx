import { itemActualMs, itemPace, sessionClockMs } from '../../core/agenda/runViews.ts';
import type { SessionView } from '../../core/views.ts';
import { formatDuration } from '../floor/floorTime.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/**
 * The running agenda item on the big screen: "Item 2 of 6", its title and policy question in
 * large type, and a quiet line with the item's time against its plan. Before the run starts
 * it shows the first item as "Coming up"; after the end, the session's title.
 */
export function ProjectorAgenda({ session, clock }: { session: SessionView; clock: ServerClock }) {
  const { run, agenda } = session;
  const index = run.current ?? (run.status === 'planned' ? 0 : null);
  const item = index === null ? undefined : agenda[index];
  if (!item || index === null) {
    return (
      <section class="projector-agenda" data-testid="projector-agenda" aria-labelledby="projector-agenda-title">
        <h1 id="projector-agenda-title" class="projector-agenda-title" data-testid="projector-agenda-title" {...USER_TEXT}>
          {session.title}
        </h1>
        <p class="projector-agenda-step">{run.status === 'ended' ? t('run.ended') : t('run.noAgenda')}</p>
      </section>
    );
  }
  const now = clock.second.value;
  const actual = itemActualMs(run, index, now);
  const pace = run.current === index ? itemPace(item, actual) : 'on_time';
  return (
    <section class="projector-agenda" data-testid="projector-agenda" aria-labelledby="projector-agenda-title">
      <p class="projector-eyebrow projector-agenda-step">
        {run.current === null ? t('run.comingUp') : t('run.itemOf', { n: index + 1, total: agenda.length })}
        <span class="projector-agenda-kind">{t(`run.kind.${item.kind}`)}</span>
      </p>
      <h1 id="projector-agenda-title" class="projector-agenda-title" data-testid="projector-agenda-title" {...USER_TEXT}>
        {item.title}
      </h1>
      {item.policyQuestion && (
        <blockquote class="projector-agenda-question" data-testid="projector-policy-question" {...USER_TEXT}>
          {item.policyQuestion}
        </blockquote>
      )}
      {run.current !== null && (
        <p class="projector-agenda-time" data-pace={pace} dir="ltr">
          <span>{t('run.actualOfPlanned', { actual: formatDuration(actual), planned: item.plannedMinutes })}</span>
          <span class="projector-agenda-clock">{t('run.sessionClock', { time: formatDuration(sessionClockMs(run, now)) })}</span>
        </p>
      )}
    </section>
  );
}
