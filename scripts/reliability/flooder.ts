import { RawConnection } from '../../test/support/rawProtocol.ts';
import { sleep } from './loadClients.ts';

/**
 * One flooding participant, in a process of its own (started by floods.ts), so that its busy
 * loop takes no time from the load generator's measurements: it sends commands as fast as its
 * socket takes them (votes, raised and lowered hands), and when the server cuts it off it
 * reconnects at once and floods again. On SIGTERM it prints what happened as one JSON line.
 *
 *   tsx scripts/reliability/flooder.ts BASE_URL PARTICIPANT_TOKEN POLL_ID
 */

const [baseUrl, token, pollId] = process.argv.slice(2);
if (!baseUrl || !token || !pollId) {
  console.error('usage: flooder.ts BASE_URL PARTICIPANT_TOKEN POLL_ID');
  process.exit(2);
}

const stats = { connections: 0, refusedConnections: 0, sent: 0, acks: 0, errors: {} as Record<string, number>, closes: {} as Record<string, number> };
let stopping = false;

function countFrame(raw: string): void {
  if (raw.startsWith('{"type":"ack"')) stats.acks += 1;
  else if (raw.startsWith('{"type":"error"')) {
    const reason = /"reason":"([^"]+)"/.exec(raw)?.[1] ?? 'unknown';
    stats.errors[reason] = (stats.errors[reason] ?? 0) + 1;
  }
}

const COMMANDS = [
  { type: 'floor.raise', intent: 'comment', label: null },
  { type: 'poll.vote', pollId, optionIds: ['o4'] },
  { type: 'floor.lower' },
  { type: 'poll.vote', pollId, optionIds: ['o1'] },
] as const;

async function flood(): Promise<void> {
  let n = 0;
  while (!stopping) {
    let conn: RawConnection;
    try {
      conn = await RawConnection.open(baseUrl as string, token as string, { keep: false, wanted: () => false, onFrame: countFrame });
    } catch {
      // Too many sockets for the token, or the server is busy: try again at once, as a flooder does.
      stats.refusedConnections += 1;
      await sleep(10);
      continue;
    }
    stats.connections += 1;
    if (stats.connections === 1) await conn.command('conduct', { type: 'participant.acceptConduct' }).catch(() => undefined);
    while (conn.isOpen && !stopping) {
      for (let i = 0; i < 64 && conn.isOpen; i++) {
        n += 1;
        if (conn.post(`f${n}`, COMMANDS[n % COMMANDS.length] as Record<string, unknown>)) stats.sent += 1;
      }
      await new Promise((resolve) => setImmediate(resolve));
      // As fast as the socket takes them, no faster: the kernel's buffer is the only brake.
      while (conn.isOpen && conn.socket.bufferedAmount > 256 * 1024) await sleep(1);
    }
    const { code } = await conn.closed;
    stats.closes[code] = (stats.closes[code] ?? 0) + 1;
  }
}

process.on('SIGTERM', () => {
  stopping = true;
  setTimeout(() => {
    const cpu = process.cpuUsage();
    process.stdout.write(`${JSON.stringify({ ...stats, cpuSeconds: (cpu.user + cpu.system) / 1e6 })}\n`, () => process.exit(0));
  }, 200);
});
// The parent holds stdin open: when it ends, however it ends, this process ends too.
process.stdin.on('end', () => process.exit(1));
process.stdin.resume();

flood().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
