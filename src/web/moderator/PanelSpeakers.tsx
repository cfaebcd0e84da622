import { useState } from 'preact/hooks';
import type { InterventionView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { SessionView } from '../../core/views.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { declaredName } from '../floor/floorNames.ts';
import { t } from '../i18n/index.ts';
import { USER_TEXT } from '../components/userText.ts';

interface PanelSpeakersProps {
  readonly speakers: SessionView['speakers'];
  readonly current: InterventionView | null;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/** The panel of the plan, each with "Give the floor": panel speakers do not queue. */
export function PanelSpeakers({ speakers, current, run }: PanelSpeakersProps) {
  const [busy, setBusy] = useState(false);
  const give = async (index: number) => {
    if (busy) return;
    setBusy(true);
    try {
      await run({ type: 'floor.give', panelSpeaker: index });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="card floor-side-card" aria-labelledby="panel-heading">
      <h3 id="panel-heading" class="floor-subheading">
        {t('moderator.panel.title')}
      </h3>
      {speakers.length === 0 ? (
        <p class="muted">{t('moderator.panel.none')}</p>
      ) : (
        <ul class="panel-list">
          {speakers.map((speaker, index) => {
            // Panel labels are unique in a plan; the view carries the label, not the index.
            const speaking = current?.kind === 'panel' && current.label === speaker.label;
            const groups = [speaker.organisation, speaker.stakeholderGroup && declaredName(speaker.stakeholderGroup), speaker.regionalGroup && declaredName(speaker.regionalGroup)].filter(Boolean).join(' · ');
            return (
              <li key={`${index}-${speaker.label}`} class="panel-speaker" data-speaking={speaking ? 'true' : undefined}>
                <div class="panel-speaker-who">
                  <p class="panel-speaker-name">
                    <bdi {...USER_TEXT}>{speaker.label}</bdi>
                    {speaking && <span class="tag tag-speaking">{t('moderator.panel.speaking')}</span>}
                  </p>
                  <p class="panel-speaker-meta">
                    <ChannelBadge channel={speaker.channel} />
                    {groups && <span class="declared-groups">{groups}</span>}
                  </p>
                </div>
                <button
                  type="button"
                  class="button button-secondary button-small"
                  aria-disabled={busy || speaking ? 'true' : undefined}
                  aria-label={t('moderator.panel.giveLabel', { name: speaker.label })}
                  data-testid="floor-panel-speaker-give"
                  onClick={() => !speaking && void give(index)}
                >
                  {t('moderator.panel.give')}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
