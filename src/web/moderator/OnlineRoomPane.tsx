import { useState } from 'preact/hooks';
import type { BalanceMeter } from '../../core/floor/balanceMeter.ts';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { QaClientState } from '../../core/qa/qaClientState.ts';
import type { PresenceView, SessionView } from '../../core/views.ts';
import { ChannelBadge } from '../components/ChannelBadge.tsx';
import { IntentBadge } from '../components/IntentBadge.tsx';
import { speakerName } from '../floor/floorNames.ts';
import { t, tn } from '../i18n/index.ts';
import { JitsiConsole } from '../integrations/JitsiConsole.tsx';
import { RelayPanel } from './RelayPanel.tsx';
import { USER_TEXT } from '../components/userText.ts';

interface OnlineRoomPaneProps {
  readonly session: SessionView;
  readonly floor: FloorView | null;
  readonly presence: PresenceView;
  readonly balance: BalanceMeter | null;
  readonly qa: QaClientState;
  /** Online questions waiting for review (they head the Questions pane). */
  readonly onlineWaiting: number;
  readonly run: (command: CommandInput) => Promise<boolean>;
  readonly showQuestions: () => void;
}

/**
 * The online moderator's first pane (COCKPIT-4): who is connected online (participants by
 * count, never who; the online panel speakers, connected or only invited), the online hands in
 * queue order with their place and the same actions as the queue, and the relay of the online
 * room's questions to the room with its counts. The online questions waiting for review head the
 * Questions pane.
 */
export function OnlineRoomPane({ session, floor, presence, balance, qa, onlineWaiting, run, showQuestions }: OnlineRoomPaneProps) {
  const invited = new Set(balance?.invited ?? []);
  const panel = session.speakers.map((speaker, index) => ({ speaker, index })).filter(({ speaker }) => speaker.channel === 'online');
  return (
    <div class="online-room" data-testid="online-room">
      <JitsiConsole sessionId={session.id} />
      <section class="card" aria-labelledby="online-connected-title">
        <h3 id="online-connected-title" class="qa-subtitle">
          {t('cockpit.online.connected')}
        </h3>
        <p class="online-count" data-testid="online-count">
          <ChannelBadge channel="online">{tn('cockpit.online.participants', presence.online)}</ChannelBadge>
        </p>
        {presence.undeclared > 0 && <p class="field-hint">{tn('cockpit.online.undeclared', presence.undeclared)}</p>}
        <h4 class="qa-group-title">{t('cockpit.online.panel')}</h4>
        {panel.length === 0 ? (
          <p class="muted">{t('cockpit.online.panelNone')}</p>
        ) : (
          <ul class="online-panel">
            {panel.map(({ speaker, index }) => (
              <li key={index} class="online-panel-speaker" data-connected={invited.has(index) ? 'false' : 'true'} data-testid="online-panel-speaker">
                <span class="online-panel-name" {...USER_TEXT}>{speaker.label}</span>
                <span class="online-panel-state">{invited.has(index) ? t('cockpit.online.panelInvited') : t('cockpit.online.panelConnected')}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {floor && <OnlineHands floor={floor} run={run} />}
      <section class="card" aria-labelledby="online-questions-title">
        <h3 id="online-questions-title" class="qa-subtitle">
          {t('cockpit.online.questions')}
        </h3>
        <p class="online-waiting">
          {tn('cockpit.online.questionsWaiting', onlineWaiting)}{' '}
          {onlineWaiting > 0 && (
            <button type="button" class="link-button" data-testid="online-review" onClick={showQuestions}>
              {t('cockpit.online.review')}
            </button>
          )}
        </p>
      </section>
      <RelayPanel qa={qa} run={run} />
    </div>
  );
}

/** The online hands, in the queue's order, with their place in the whole queue: Give the floor, Remove. */
function OnlineHands({ floor, run }: { floor: FloorView; run: OnlineRoomPaneProps['run'] }) {
  const [busy, setBusy] = useState(false);
  const act = async (command: CommandInput) => {
    if (busy) return;
    setBusy(true);
    try {
      await run(command);
    } finally {
      setBusy(false);
    }
  };
  const hands = floor.queue.map((hand, index) => ({ hand, place: index + 1 })).filter(({ hand }) => hand.channel === 'online');
  return (
    <section class="card" aria-labelledby="online-hands-title" data-testid="online-hands">
      <h3 id="online-hands-title" class="qa-subtitle">
        {t('cockpit.online.hands')}
      </h3>
      {hands.length === 0 ? (
        <p class="muted">{t('cockpit.online.noHands')}</p>
      ) : (
        <ol class="online-hand-list">
          {hands.map(({ hand, place }) => {
            const name = speakerName(hand.label, hand.channel);
            const who = t('moderator.queue.who', { place, name });
            return (
              <li key={hand.id} class="online-hand" data-testid="online-hand">
                <span class="online-hand-place">{t('cockpit.online.place', { place })}</span>
                <span class="online-hand-name" title={name} {...USER_TEXT}>
                  {name}
                </span>
                <IntentBadge intent={hand.intent} />
                <span class="online-hand-actions">
                  <button type="button" class="button button-primary button-small" aria-disabled={busy ? 'true' : undefined} aria-label={t('moderator.queue.giveLabel', { who })} data-testid="online-hand-give" onClick={() => void act({ type: 'floor.give', handId: hand.id })}>
                    {t('moderator.queue.give')}
                  </button>
                  <button type="button" class="button button-quiet button-small button-danger" aria-disabled={busy ? 'true' : undefined} aria-label={t('moderator.queue.remove', { who })} data-testid="online-hand-remove" onClick={() => void act({ type: 'floor.remove', handId: hand.id })}>
                    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                      <path d="M6 6l12 12M18 6L6 18" />
                    </svg>
                  </button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
