import { PROJECTOR_MODES, type ProjectorMode } from '../../core/agenda/runTypes.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { t, type MessageKey } from '../i18n/index.ts';

const MODE_LABEL: Record<ProjectorMode, MessageKey> = {
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
 * mode shows the poll opened last; a poll card's own button can name another.
 */
export function ProjectorControl({ session, run }: { session: SessionView; run: (command: CommandInput) => Promise<boolean> }) {
  const current = session.projector.mode;
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
    </section>
  );
}
