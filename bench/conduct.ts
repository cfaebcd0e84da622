import type { OpenFloorClient } from '../src/client/openFloorClient.ts';

/**
 * Where the session has a code of conduct (the demo session has one), a participant accepts it
 * before a first vote, as a person does after reading it (GUIDE-3). The reference server has
 * none, so its participants send nothing.
 */
export async function acceptConductIfAsked(client: OpenFloorClient): Promise<void> {
  if ((client.state.guidelines?.codeOfConduct.length ?? 0) === 0) return;
  if (client.state.conductAccepted) return;
  await client.send({ type: 'participant.acceptConduct' });
}
