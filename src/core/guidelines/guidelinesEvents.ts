import type { Guidelines } from '../plan.ts';
import { withoutGuidelines } from '../planTexts.ts';
import type { SessionState } from '../sessionState.ts';

/** The host replaced the guidelines or the code of conduct (GUIDE-4): a control event. */
export type GuidelinesEvent = { readonly type: 'guidelines.set'; readonly at: number; readonly guidelines: Guidelines; readonly codeOfConduct: string };

/** A participant accepted the code of conduct (GUIDE-3): a contribution, keyed by participant. */
export type ConductAccepted = { readonly type: 'participant.conductAccepted'; readonly at: number; readonly participantId: string };

export const GUIDELINES_EVENT_TYPES = ['guidelines.set'] as const satisfies readonly GuidelinesEvent['type'][];
export const GUIDELINES_CONTRIBUTION_TYPES = ['participant.conductAccepted'] as const satisfies readonly ConductAccepted['type'][];

/** Their translations go with the replaced texts (I18N-5): no reader sees an outdated version. */
export function evolveGuidelines(state: SessionState, event: GuidelinesEvent): SessionState {
  const translations = withoutGuidelines(state.plan.translations);
  return { ...state, plan: { ...state.plan, guidelines: event.guidelines, codeOfConduct: event.codeOfConduct, translations } };
}
