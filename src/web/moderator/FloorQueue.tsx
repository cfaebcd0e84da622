import { useEffect, useRef, useState } from 'preact/hooks';
import type { FloorPolicy } from '../../core/floor/floorTypes.ts';
import type { FloorView } from '../../core/floor/floorViews.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';
import { POLICY_LIST, policyDetail, policyName } from '../floor/floorNames.ts';
import type { ServerClock } from '../floor/serverClock.ts';
import { t, tn } from '../i18n/index.ts';
import { QueueItem, type QueueAction } from './QueueItem.tsx';

interface FloorQueueProps {
  readonly floor: FloorView;
  readonly clock: ServerClock;
  readonly run: (command: CommandInput) => Promise<boolean>;
}

/**
 * The queue in the order people will be called, with the policy that orders it. A moved
 * hand keeps keyboard focus on the button that moved it; a hand that leaves the list hands
 * focus to the heading, so keyboard users never fall back to the top of the page.
 */
export function FloorQueue({ floor, clock, run }: FloorQueueProps) {
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLOListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const refocus = useRef<{ handId: string; action: QueueAction } | null>(null);

  // After every render: the ack (which sets `refocus`) comes after the queue has changed.
  useEffect(() => {
    const wanted = refocus.current;
    if (!wanted) return;
    refocus.current = null;
    const item = listRef.current?.querySelector<HTMLElement>(`[data-hand-id="${CSS.escape(wanted.handId)}"]`);
    if (!item || wanted.action === 'give' || wanted.action === 'remove') {
      headingRef.current?.focus();
      return;
    }
    const preferred = item.querySelector<HTMLButtonElement>(`[data-action="${wanted.action === 'down' ? 'down' : 'up'}"]:not(:disabled)`);
    (preferred ?? item.querySelector<HTMLButtonElement>('[data-action]:not(:disabled)'))?.focus();
  });

  const act = (action: QueueAction, command: CommandInput) => {
    if (busy || !('handId' in command) || !command.handId) return;
    const handId = command.handId;
    setBusy(true);
    run(command)
      .then((done) => {
        if (done) refocus.current = { handId, action };
      })
      .finally(() => setBusy(false));
  };

  const changePolicy = (policy: FloorPolicy) => {
    if (policy !== floor.policy) void run({ type: 'floor.setPolicy', policy });
  };

  return (
    <section class="floor-queue" aria-labelledby="floor-queue-heading">
      <div class="floor-queue-head">
        <h3 id="floor-queue-heading" class="floor-subheading" ref={headingRef} tabIndex={-1}>
          {t('moderator.queue.title')} <span class="floor-queue-count">{tn('moderator.queue.count', floor.queue.length)}</span>
        </h3>
        <div class="floor-policy">
          <label class="field-label" for="floor-policy">
            {t('moderator.queue.policy')}
          </label>
          <select
            id="floor-policy"
            class="select-input"
            value={floor.policy}
            aria-describedby="floor-policy-detail"
            data-testid="floor-policy"
            onChange={(event) => changePolicy(event.currentTarget.value as FloorPolicy)}
          >
            {POLICY_LIST.map((policy) => (
              <option key={policy} value={policy}>
                {policyName(policy)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p class="field-hint floor-policy-detail" id="floor-policy-detail">
        {policyDetail(floor.policy)} {t('moderator.queue.pinnedNote')}
      </p>
      {floor.queue.length === 0 ? (
        <p class="queue-empty">{t('moderator.queue.empty')}</p>
      ) : (
        <ol class="queue-list" ref={listRef} aria-labelledby="floor-queue-heading">
          {floor.queue.map((hand, index) => (
            <QueueItem key={hand.id} hand={hand} index={index} last={index === floor.queue.length - 1} busy={busy} clock={clock} act={act} />
          ))}
        </ol>
      )}
    </section>
  );
}
