import { useEffect, useRef, useState } from 'preact/hooks';
import type { FloorView, MyFloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { Channel } from '../../core/roles.ts';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { t, tn } from '../i18n/index.ts';
import { refusalMessage } from '../refusalMessage.ts';
import { RaiseHandForm, type RaiseRequest } from './RaiseHandForm.tsx';

interface FloorCardProps {
  readonly floor: FloorView;
  readonly mine: MyFloorView;
  readonly channel: Channel | null;
  readonly youthMode: boolean;
  /** Sends a command; resolves once acknowledged, rejects if refused. */
  readonly send: (command: CommandInput) => Promise<void>;
}

/**
 * "Ask for the floor": the intent, an optional label and the Raise hand button; once the
 * hand is up, the participant's place in line and Lower hand. Hidden while the participant
 * speaks (the banner at the top says so). Focus follows the control that replaced the one
 * just pressed.
 */
export function FloorCard({ floor, mine, channel, youthMode, send }: FloorCardProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  /** Set when the hand left the queue without the participant lowering it or speaking. */
  const [dropped, setDropped] = useState(false);
  const raised = mine.handId !== null;
  const wasRaised = useRef(raised);
  const selfLowered = useRef(false);
  const focusNext = useRef(false);
  const raisedHeading = useRef<HTMLHeadingElement>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (wasRaised.current && !raised && !mine.speaking && !selfLowered.current) setDropped(true);
    if (raised) setDropped(false);
    selfLowered.current = false;
    wasRaised.current = raised;
    if (focusNext.current) {
      focusNext.current = false;
      (raised ? raisedHeading : formHeading).current?.focus();
    }
  }, [raised, mine.speaking]);

  const act = async (command: CommandInput, failure: 'floor.raiseFailed' | 'floor.lowerFailed') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      if (command.type === 'floor.lower') selfLowered.current = true;
      focusNext.current = true;
      await send(command);
    } catch (refused) {
      focusNext.current = false;
      selfLowered.current = false;
      setError(t(failure, { message: refusalMessage(refused) }));
    } finally {
      setBusy(false);
    }
  };

  if (mine.speaking) return null;

  if (channel === null) {
    return (
      <section class="card floor-card" aria-labelledby="floor-card-title">
        <h2 id="floor-card-title" class="floor-card-title">
          {t('floor.askTitle')}
        </h2>
        <p class="muted">{t('floor.channelFirst')}</p>
      </section>
    );
  }

  const waiting = floor.waiting.onsite + floor.waiting.online;
  return (
    <section class="card floor-card" data-raised={raised ? 'true' : undefined} aria-labelledby="floor-card-title">
      {raised ? (
        <>
          <h2 id="floor-card-title" class="floor-card-title" ref={raisedHeading} tabIndex={-1}>
            {t('floor.handUp')}
          </h2>
          <p class="floor-position" data-testid="floor-position">
            {mine.position === null ? t('floor.inLine') : mine.position === 0 ? t('floor.youAreNext') : t('floor.yourPosition', { position: mine.position + 1 })}
          </p>
          {mine.intent && (
            <p class="floor-card-intent">
              <span class="muted">{t('floor.youAskedFor')}</span> <IntentBadge intent={mine.intent} />
            </p>
          )}
          <p class="field-hint">{t('floor.stayHint')}</p>
          <button
            type="button"
            class="button button-secondary button-large floor-lower"
            aria-disabled={busy ? 'true' : undefined}
            data-testid="floor-lower"
            onClick={() => void act({ type: 'floor.lower' }, 'floor.lowerFailed')}
          >
            {t('floor.lower')}
          </button>
        </>
      ) : (
        <>
          <h2 id="floor-card-title" class="floor-card-title" ref={formHeading} tabIndex={-1}>
            {t('floor.askTitle')}
          </h2>
          <p class="muted floor-card-waiting">{waiting === 0 ? t('floor.nobodyWaiting') : tn('floor.waitingCount', waiting)}</p>
          {dropped && (
            <p class="notice" role="status">
              {t('floor.dropped')}
            </p>
          )}
          <RaiseHandForm
            someoneSpeaks={floor.current !== null}
            channel={channel}
            youthMode={youthMode}
            busy={busy}
            onRaise={(request: RaiseRequest) => void act({ type: 'floor.raise', intent: request.intent, label: request.label }, 'floor.raiseFailed')}
          />
        </>
      )}
      {error && (
        <p class="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
