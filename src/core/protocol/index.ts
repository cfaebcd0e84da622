/** The wire protocol between OpenFloor clients and the server; see docs/protocol.md. */
export * from './version.ts';
export * from './commands.ts';
export * from './clientMessages.ts';
export type * from './serverMessages.ts';
