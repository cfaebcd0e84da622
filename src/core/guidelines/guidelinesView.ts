import { parseMarkdown } from '../markdown/parseMarkdown.ts';
import type { MdDoc } from '../markdown/markdownTree.ts';
import type { SessionPlan } from '../plan.ts';

/**
 * The guidelines and code of conduct of a session as safe trees (GUIDE-1, GUIDE-2), for
 * every role and for the pre-session page. Parsed on the server; browsers render the trees.
 */
export interface GuidelinesView {
  readonly onsite: MdDoc;
  readonly online: MdDoc;
  /** Empty when the session has no code of conduct (then nobody is asked to accept one). */
  readonly codeOfConduct: MdDoc;
}

// Plans are immutable values: one parse per plan, however many sockets are welcomed.
const cache = new WeakMap<SessionPlan, GuidelinesView>();

export function guidelinesView(plan: SessionPlan): GuidelinesView {
  const cached = cache.get(plan);
  if (cached) return cached;
  const view = { onsite: parseMarkdown(plan.guidelines.onsite), online: parseMarkdown(plan.guidelines.online), codeOfConduct: parseMarkdown(plan.codeOfConduct) };
  cache.set(plan, view);
  return view;
}
