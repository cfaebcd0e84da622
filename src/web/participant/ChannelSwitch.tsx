import { useEffect, useRef, useState } from 'preact/hooks';
import type { Channel } from '../../core/roles.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { t } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { ChannelChoices } from './ChannelChoices.tsx';

interface ChannelSwitchProps {
  readonly channel: Channel | null;
  readonly setChannel: (channel: Channel) => Promise<void>;
}

/**
 * "In the room · change": where the participant said they follow from, and a way to change
 * it later (someone walks into the room, or leaves and follows online).
 */
export function ChannelSwitch({ channel, setChannel }: ChannelSwitchProps) {
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const groupRef = useRef<HTMLDivElement>(null);
  const wasEditing = useRef(false);

  useEffect(() => {
    // Move focus into the choices when they appear, and back to "change" when they go.
    if (editing) groupRef.current?.querySelector('button')?.focus();
    else if (wasEditing.current) toggleRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const choose = async (next: Channel) => {
    if (next === channel) {
      setEditing(false);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await setChannel(next);
      setEditing(false);
    } catch (failure) {
      setError(t('participant.channelFailed', { message: refusalMessage(failure) }));
    } finally {
      setBusy(false);
    }
  };

  if (!editing) {
    return (
      <p class="channel-line">
        <span class="visually-hidden">{t('participant.following')}: </span>
        <ChannelBadge channel={channel} />
        <span aria-hidden="true" class="channel-line-separator">
          ·
        </span>
        <button
          ref={toggleRef}
          type="button"
          class="link-button"
          aria-expanded="false"
          aria-label={channel ? t('participant.channelChangeLabel') : undefined}
          data-testid="channel-change"
          onClick={() => setEditing(true)}
        >
          {channel ? t('participant.channelChange') : t('participant.channelChoose')}
        </button>
      </p>
    );
  }

  return (
    <div class="channel-editor" ref={groupRef}>
      <p class="channel-editor-question" id="channel-switch-question">
        {t('participant.channelQuestion')}
      </p>
      <ChannelChoices labelledBy="channel-switch-question" current={channel} busy={busy} compact onChoose={(next) => void choose(next)} />
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" class="link-button" onClick={() => setEditing(false)}>
        {t('participant.channelCancel')}
      </button>
    </div>
  );
}
