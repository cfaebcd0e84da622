import { createHash } from 'node:crypto';
import type { Command } from '../../core/protocol/commands.ts';

/**
 * What a command says, as a short hash (PROTO-4): equal for the same command whatever the
 * order of its fields, different when any value differs. A retry is recognised by its id;
 * the fingerprint tells a true retry from an id reused for something else.
 */
export function commandFingerprint(command: Command): string {
  return createHash('sha256').update(canonicalJson(command)).digest('base64url').slice(0, 22);
}

/** JSON with object keys sorted, so two equal values have one text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
