import type { CommandInput } from '../../core/protocol/commands.ts';
import type { QaClientState } from '../../core/qa/qaClientState.ts';
import { t } from '../i18n/index.ts';
import { myStatusName } from '../qa/qaNames.ts';
import { USER_TEXT } from '../components/userText.ts';

interface RelayPanelProps {
  readonly qa: QaClientState;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * The online moderator's relay (QA-11): the questions from the call, Forward to the room for
 * published ones, and the counts a remote moderator reports, by channel.
 */
export function RelayPanel({ qa, run }: RelayPanelProps) {
  const online = qa.questions.filter((q) => q.channel === 'online' && q.status !== 'archived' && q.status !== 'merged');
  const relay = qa.board?.relay ?? null;
  return (
    <section class="card qa-relay" aria-labelledby="qa-relay-title" data-testid="qa-relay">
      <h3 id="qa-relay-title" class="qa-subtitle">
        {t('qa.relay.title')}
      </h3>
      {relay && (
        <table class="qa-relay-counts" data-testid="qa-relay-counts">
          <caption class="visually-hidden">{t('qa.relay.countsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('qa.relay.channel')}</th>
              <th scope="col">{t('qa.relay.asked')}</th>
              <th scope="col">{t('qa.relay.forwardedCol')}</th>
              <th scope="col">{t('qa.relay.answered')}</th>
            </tr>
          </thead>
          <tbody>
            {(['online', 'onsite'] as const).map((channel) => (
              <tr key={channel} data-testid={`qa-relay-row-${channel}`}>
                <th scope="row">{channel === 'online' ? t('channel.online') : t('channel.onsite')}</th>
                <td>{relay[channel].asked}</td>
                <td>{relay[channel].forwarded}</td>
                <td>{relay[channel].answered}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {online.length === 0 ? (
        <p class="muted">{t('qa.relay.none')}</p>
      ) : (
        <ul class="qa-list">
          {online.map((q) => (
            <li key={q.id} class="qa-mod-item" data-testid="qa-relay-item">
              <div class="qa-item-meta">
                <span class="qa-mod-status" data-status={q.status}>
                  {myStatusName(q.status === 'held' || q.status === 'pending' || q.status === 'published' || q.status === 'answered' ? q.status : 'published')}
                </span>
                {q.forwarded && <span class="qa-pill">{t('qa.relay.forwarded')}</span>}
              </div>
              <p class="qa-text-shown" {...USER_TEXT}>{q.text}</p>
              {q.status === 'published' && !q.forwarded && (
                <button type="button" class="button button-secondary button-small" data-testid="qa-forward" onClick={() => void run({ type: 'qa.forward', questionId: q.id })}>
                  {t('qa.relay.forward')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
