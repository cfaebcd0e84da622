import { PROJECTOR_MODES, type ProjectorMode } from '../../core/agenda/runTypes.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import type { PollView } from '../../core/polls/pollViews.ts';
import { t, type MessageKey } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

/** The name of each mode, as the buttons and the cockpit header say it. */
export const MODE_LABEL: Record<ProjectorMode, MessageKey> = {
  auto: 'projectorControl.auto',
  join: 'projectorControl.join',
  agenda: 'projectorControl.agenda',
  poll: 'projectorControl.poll',
  question: 'projectorControl.question',
  speaker: 'projectorControl.speaker',
  queue: 'projectorControl.queue',
  balance: 'projectorControl.balance',
};

/**
 * What the big screen shows (PROJ-1): one button per mode, the current one pressed. The poll
 * mode shows the poll opened last, or the one chosen below (drafts are never offered: PRIV-2).
 */
export function ProjectorControl({ session, polls, run }: { session: SessionView; polls: readonly PollView[]; run: (command: CommandInput) => Promise<boolean> }) {
  const current = session.projector.mode;
  const shown = polls.filter((p) => p.status !== 'draft');
  return (
    <section class="projector-control card" data-testid="projector-control" aria-labelledby="projector-control-heading">
      <h2 id="projector-control-heading" class="section-heading">
        {t('projectorControl.title')}
      </h2>
      <p class="field-hint">{t('projectorControl.hint')}</p>
      <div class="projector-control-modes" role="group" aria-labelledby="projector-control-heading">
        {PROJECTOR_MODES.map((mode) => (
          <button
            key={mode}
            type="button"
            class={mode === current ? 'button button-small button-primary' : 'button button-small button-secondary'}
            aria-pressed={mode === current ? 'true' : 'false'}
            data-testid={`projector-mode-${mode}`}
            onClick={() => void run({ type: 'projector.show', mode })}
          >
            {t(MODE_LABEL[mode])}
          </button>
        ))}
      </div>
      {shown.length > 0 && (
        <div class="projector-control-poll">
          <label class="field-label" for="projector-control-poll">
            {t('projectorControl.pollPick')}
          </label>
          <select
            id="projector-control-poll"
            class="select-input"
            data-testid="projector-poll-pick"
            value={current === 'poll' ? (session.projector.pollId ?? '') : ''}
            onChange={(e) => {
              const pollId = e.currentTarget.value;
              void run({ type: 'projector.show', mode: 'poll', pollId: pollId === '' ? null : pollId });
            }}
          >
            <option value="">{t('projectorControl.pollLatest')}</option>
            {shown.map((poll) => (
              <option key={poll.id} value={poll.id} {...USER_TEXT}>
                {poll.question}
              </option>
            ))}
          </select>
        </div>
      )}
    </section>
  );
}
