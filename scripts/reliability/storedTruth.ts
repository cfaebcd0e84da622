import pg from 'pg';
import { hashToken } from '../../src/server/secrets.ts';

/**
 * What PostgreSQL holds of one session (SCALE-5: the truth while Redis is away), read over a
 * connection of the script's own: the control log's last sequence and its floor order, the
 * published questions, every question and every ballot.
 */
export interface StoredTruth {
  readonly lastSeq: number;
  /** The event type at each sequence (index 0 is sequence 1), to say what a screen lacks. */
  readonly types: readonly string[];
  /** Hands raised, in sequence order: id and label. */
  readonly hands: readonly { readonly id: string; readonly label: string | null }[];
  /** Every question of the session, with its text. */
  readonly questions: ReadonlyMap<string, string | null>;
  /** Questions a moderator approved (qa.approved in the log). */
  readonly published: ReadonlySet<string>;
  /** Ballots of one poll, by participant id. */
  readonly ballots: ReadonlyMap<string, readonly string[]>;
  /** The tally those ballots make: voters and counts per option. */
  readonly tally: { readonly total: number; readonly counts: Readonly<Record<string, number>> };
  /** How many times each command id was applied to the control log (runs of its events; a retry must not make a second). */
  readonly commandIds: ReadonlyMap<string, number>;
}

export async function readStoredTruth(url: string, sessionId: string, pollId: string): Promise<StoredTruth> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const events = await client.query<{ seq: string; type: string; payload: string; command_id: string | null }>(
      'select seq, type, payload, command_id from events where session_id = $1 order by seq',
      [sessionId],
    );
    const types = events.rows.map((r) => r.type);
    const hands: { id: string; label: string | null }[] = [];
    const published = new Set<string>();
    const commandIds = new Map<string, number>();
    let lastSeq = 0;
    let previousCommand: string | null = null;
    for (const row of events.rows) {
      lastSeq = Number(row.seq);
      const payload = JSON.parse(row.payload) as { hand?: { id: string; speaker: { label?: string | null } }; questionId?: string };
      if (row.type === 'floor.handRaised' && payload.hand) hands.push({ id: payload.hand.id, label: payload.hand.speaker.label ?? null });
      if (row.type === 'qa.approved' && payload.questionId) published.add(payload.questionId);
      // A command's events follow each other: a command applied twice makes two runs.
      if (row.command_id && row.command_id !== previousCommand) commandIds.set(row.command_id, (commandIds.get(row.command_id) ?? 0) + 1);
      previousCommand = row.command_id;
    }
    const questions = await client.query<{ id: string; text: string | null }>('select id, text from questions where session_id = $1', [sessionId]);
    const votes = await client.query<{ participant_id: string; option_ids: string }>('select participant_id, option_ids from votes where session_id = $1 and poll_id = $2', [sessionId, pollId]);
    const ballots = new Map(votes.rows.map((r) => [r.participant_id, JSON.parse(r.option_ids) as string[]]));
    const counts: Record<string, number> = {};
    for (const ballot of ballots.values()) for (const option of ballot) counts[option] = (counts[option] ?? 0) + 1;
    return { lastSeq, types, hands, questions: new Map(questions.rows.map((r) => [r.id, r.text])), published, ballots, tally: { total: ballots.size, counts }, commandIds };
  } finally {
    await client.end();
  }
}

/** Participant ids of participant tokens, from the tokens table (tokens are stored hashed, PRIV-4). */
export async function participantIds(url: string, tokens: readonly string[]): Promise<Map<string, string>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const byHash = new Map(tokens.map((t) => [hashToken(t), t]));
    const { rows } = await client.query<{ token_hash: string; participant_id: string | null }>('select token_hash, participant_id from tokens where token_hash = any($1)', [[...byHash.keys()]]);
    const out = new Map<string, string>();
    for (const row of rows) {
      const token = byHash.get(row.token_hash);
      if (token && row.participant_id) out.set(token, row.participant_id);
    }
    return out;
  } finally {
    await client.end();
  }
}
