import { useState } from 'preact/hooks';
import { CommandRefused } from '../../client/openFloorClient.ts';
import type { CommandInput } from '../../core/protocol/commands.ts';

interface BalanceScreenSwitchProps {
  /** Whether the big screen shows the meter now (the floor view says). */
  readonly shown: boolean;
  readonly label: string;
  /** Sends a command and resolves or rejects with the refusal, for the switch to read it. */
  readonly send: (command: CommandInput) => Promise<unknown>;
  /** Shows a refusal in the console's alert region. */
  readonly report: (failure: unknown) => void;
}

/** The switch that puts the balance meter on the big screen (FLOOR-10, PROJ-3). */
export function BalanceScreenSwitch({ shown, label, send, report }: BalanceScreenSwitchProps) {
  /** The switch's position while the command is on its way; then the floor view says. */
  const [pending, setPending] = useState<boolean | null>(null);
  const toggle = async (next: boolean) => {
    if (pending !== null) return;
    setPending(next);
    try {
      await send({ type: 'floor.showBalance', shown: next });
    } catch (failure) {
      // Already so (set from another console a moment ago): the floor view is the truth.
      if (!(failure instanceof CommandRefused && failure.code === 'invalid_state')) report(failure);
    } finally {
      setPending(null);
    }
  };
  return (
    <label class="switch">
      <input
        type="checkbox"
        class="switch-input"
        checked={pending ?? shown}
        aria-disabled={pending !== null ? 'true' : undefined}
        data-testid="balance-show-projector"
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      <span>{label}</span>
    </label>
  );
}
