import { batch, signal, type ReadonlySignal } from '@preact/signals';
import { useEffect, useState } from 'preact/hooks';
import type { ClientState } from '../core/clientState.ts';
import { socketUrl } from '../client/joinApi.ts';
import { OpenFloorClient, type ConnectionStatus, type SocketLike } from '../client/openFloorClient.ts';

/**
 * One page's live link to the server: the protocol client plus its state and connection
 * status as signals, so that every view is a selector over `state.value` and re-renders when
 * the server sends something.
 */
export interface Connection {
  readonly client: OpenFloorClient;
  readonly state: ReadonlySignal<ClientState>;
  readonly status: ReadonlySignal<ConnectionStatus>;
  close(): void;
}

/**
 * Connects to this origin's server with a role or participant token; `ahead`, a socket opened
 * while the token was being fetched, is used for the first attempt if it did not fail.
 */
export function connect(token: string, ahead: WebSocket | null = null): Connection {
  let spare = ahead;
  const client = new OpenFloorClient({
    url: socketUrl(location.origin),
    token,
    createSocket: (url) => {
      const socket = spare && spare.readyState <= WebSocket.OPEN ? spare : new WebSocket(url);
      spare = null;
      return socket as unknown as SocketLike;
    },
  });
  const state = signal(client.state);
  const status = signal(client.status);
  const unsubscribe = client.subscribe((next, nextStatus) => {
    batch(() => {
      state.value = next;
      status.value = nextStatus;
    });
  });
  // PROTO-11: the browser knows first when the network goes and comes back.
  const offline = () => client.probe();
  const online = () => client.reconnectNow();
  window.addEventListener('offline', offline);
  window.addEventListener('online', online);
  return {
    client,
    state,
    status,
    close() {
      window.removeEventListener('offline', offline);
      window.removeEventListener('online', online);
      unsubscribe();
      client.close();
    },
  };
}

/** A connection that lives as long as the calling component; none while `token` is null. */
export function useConnection(token: string | null, ahead: WebSocket | null = null): Connection | null {
  const [connection, setConnection] = useState<Connection | null>(null);
  useEffect(() => {
    if (!token) return undefined;
    const opened = connect(token, ahead);
    setConnection(opened);
    return () => {
      opened.close();
      setConnection(null);
    };
    // `ahead` serves the first connection only (a later one opens its own socket): not a dependency.
  }, [token]);
  return connection;
}
