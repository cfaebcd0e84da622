/** The domain core: pure, no I/O. See docs/ARCHITECTURE.md. */
export * from './errors.ts';
export * from './roles.ts';
export * from './plan.ts';
export * from './templates.ts';
export * from './session.ts';
export * from './decide.ts';
export * from './permissions.ts';
export * from './polls/ballotBox.ts';
export * from './views.ts';
export * from './clientState.ts';
export * from './joinCode.ts';
