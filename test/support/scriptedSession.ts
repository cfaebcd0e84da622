import { randomBytes } from 'node:crypto';
import type { OpenFloorClient } from '../../src/client/openFloorClient.ts';
import { connectClient, createInvite, createSession, joinAsParticipant, tokenOf, type CreatedSessionResponse } from './testServer.ts';

/**
 * A session played through the real server as people would, with a unique string in every
 * field a person fills in (RETAIN tests): questions (as asked, edited, rejected), display
 * names, replies, Q&A labels, hand labels, people added by name, speaker notes, role link
 * labels, the panel speaker's name and organisation, a role label and a guideline. Declared
 * attributes are enums, not strings: the tests check their rows instead. (There is no field for
 * follow-up contacts: OpenFloor never asks for one.) What stays after retention by design —
 * the title, the agenda, the poll question and options — uses none of these strings.
 */

export interface ScriptedSession {
  readonly session: CreatedSessionResponse;
  /** Every unique string typed into the session, by field. */
  readonly secrets: Readonly<Record<string, string>>;
  /** The moderator, still connected. */
  readonly moderator: OpenFloorClient;
  /** Participants, still connected. */
  readonly participants: readonly OpenFloorClient[];
  /** Closes every client still open. */
  close(): void;
}

/** A plain-text marker nobody else writes: letters and digits, so that no filter or encoding changes it. */
function marker(field: string, tag: string): string {
  return `Zq${field}${tag}Xv`;
}

export async function playScriptedSession(baseUrl: string): Promise<ScriptedSession> {
  const tag = randomBytes(5).toString('hex');
  const secrets = {
    question: `Question ${marker('Ask', tag)} about safety`,
    edited: `Edited ${marker('Edit', tag)} about safety`,
    rejected: `Rejected ${marker('Rej', tag)} question`,
    displayName: marker('Name', tag),
    reply: `Reply ${marker('Reply', tag)}`,
    qaLabel: marker('Lab', tag),
    hand: marker('Hand', tag),
    added: marker('Added', tag),
    note: `Note ${marker('Note', tag)}`,
    invite: `Link ${marker('Invite', tag)}`,
    panellist: marker('Panel', tag),
    organisation: marker('Org', tag),
    role: marker('Role', tag),
    guideline: `Please ${marker('Guide', tag)} be kind`,
  };
  const session = await createSession(baseUrl, {
    plan: {
      title: 'Retention round table',
      youthMode: false,
      agenda: [
        { title: 'Opening', plannedMinutes: 5, kind: 'opening' },
        { title: 'Questions', plannedMinutes: 10, kind: 'qa' },
      ],
      speakers: [{ label: secrets.panellist, organisation: secrets.organisation, stakeholderGroup: 'Academia', channel: 'onsite' }],
      polls: [{ question: 'Is the room ready?', options: ['Yes', 'No'] }],
      roles: { moderator: secrets.role },
      guidelines: { onsite: secrets.guideline, online: '' },
      qa: { allowDisplayNames: true, preModeration: false, filters: false },
    },
  });
  const clients: OpenFloorClient[] = [];
  try {
    await createInvite(baseUrl, session.id, { role: 'speaker', label: secrets.invite, panelSpeaker: 0 });
    const moderator = connectClient(baseUrl, tokenOf(session.links.moderator));
    clients.push(moderator);
    await moderator.waitFor((_s, status) => status === 'live');
    const ann = await joinAsParticipant(baseUrl, session.joinCode, 'onsite');
    const bob = await joinAsParticipant(baseUrl, session.joinCode, 'online');
    clients.push(ann, bob);
    await ann.send({ type: 'participant.declare', stakeholderGroup: 'Youth', regionalGroup: 'African Group', gender: 'woman' });
    await bob.send({ type: 'participant.declare', stakeholderGroup: 'Civil Society', regionalGroup: null, gender: 'man' });

    await moderator.send({ type: 'agenda.start' });
    await ann.send({ type: 'floor.raise', intent: 'comment', label: secrets.hand });
    await moderator.send({ type: 'floor.add', label: secrets.added, channel: 'online', intent: 'comment', stakeholderGroup: 'Government', regionalGroup: null, gender: null });
    await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: null });
    await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: null });
    await moderator.send({ type: 'floor.give', handId: null, panelSpeaker: 0 });
    await moderator.send({ type: 'speaker.note', panelSpeaker: 0, text: secrets.note });
    await moderator.send({ type: 'floor.end' });

    await moderator.send({ type: 'agenda.next' });
    const ask = async (client: OpenFloorClient, text: string, displayName: string | null) => {
      const before = client.state.qa.mine.length;
      await client.send({ type: 'qa.ask', text, displayName });
      const id = (await client.waitFor((s) => s.qa.mine.length === before + 1)).qa.mine[0]?.id;
      if (!id) throw new Error('the question has no id');
      await moderator.waitFor((s) => s.qa.questions.some((q) => q.id === id));
      return id;
    };
    const version = (id: string) => moderator.state.qa.questions.find((q) => q.id === id)?.version ?? 1;
    const asked = await ask(bob, secrets.question, secrets.displayName);
    const rejected = await ask(ann, secrets.rejected, null);
    await moderator.send({ type: 'qa.edit', questionId: asked, version: version(asked), text: secrets.edited });
    await moderator.send({ type: 'qa.reject', questionId: rejected, version: version(rejected), reason: 'off_topic' });
    await moderator.send({ type: 'qa.label', questionId: asked, labels: [secrets.qaLabel] });
    await moderator.send({ type: 'qa.reply', questionId: asked, text: secrets.reply });
    await ann.send({ type: 'qa.upvote', questionId: asked, up: true });
    await moderator.send({ type: 'qa.answer', questionId: asked });

    const pollId = moderator.state.polls[0]?.id;
    if (!pollId) throw new Error('the prepared poll is missing');
    await moderator.send({ type: 'poll.open', pollId });
    await ann.send({ type: 'poll.vote', pollId, optionIds: ['o1'] });
    await bob.send({ type: 'poll.vote', pollId, optionIds: ['o2'] });
    await moderator.send({ type: 'poll.close', pollId });
    await moderator.send({ type: 'agenda.end' });
    return { session, secrets, moderator, participants: [ann, bob], close: () => clients.forEach((c) => c.close()) };
  } catch (error) {
    for (const client of clients) client.close();
    throw error;
  }
}
