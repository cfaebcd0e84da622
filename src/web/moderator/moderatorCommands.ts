import { signal, type Signal } from '@preact/signals';
import { useMemo } from 'preact/hooks';
import type { CommandInput } from '../../core/protocol/commands.ts';
import type { Connection } from '../connection.ts';
import { refusalMessage } from '../refusalMessage.ts';
import '../staffRefusalParams.ts';
import type { CommandError } from './CommandErrors.tsx';

/** How the console sends commands: with the refusal shown in the alert region, or left to the caller. */
export interface ModeratorCommands {
  /** Sends a command; resolves false if it was refused, after reporting why. */
  readonly run: (command: CommandInput) => Promise<boolean>;
  /** Sends a command and lets the caller handle a refusal itself. */
  readonly send: (command: CommandInput) => Promise<unknown>;
  /** Shows a refusal (or any failure) in the alert region. */
  readonly report: (failure: unknown) => void;
  readonly lastError: Signal<CommandError | null>;
}

/** The console's commands over one connection, kept for the connection's life. */
export function useModeratorCommands(connection: Connection): ModeratorCommands {
  return useMemo(() => {
    const lastError = signal<CommandError | null>(null);
    let counter = 0;
    const report = (failure: unknown) => {
      lastError.value = { id: ++counter, text: refusalMessage(failure) };
    };
    const run = async (command: CommandInput): Promise<boolean> => {
      try {
        await connection.client.send(command);
        return true;
      } catch (failure) {
        report(failure);
        return false;
      }
    };
    const send = (command: CommandInput) => connection.client.send(command);
    return { run, send, report, lastError };
  }, [connection]);
}
