import type { NoteTag } from '../desk/deskTypes.ts';

/**
 * The outcomes a report lists, for the session and per agenda item (REPORT-10, REPORT-16): the
 * seed's expected outcomes, each from one tag of the rapporteur's desk and from what the host
 * or rapporteur wrote on the report page. Every format takes its list and order from here (with the pulls, `sectionPoints`).
 */

export const OUTCOME_KINDS = ['takeaways', 'callsToAction', 'bestPractices', 'partnershipOffers'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** The desk's tag whose notes fill each outcome. */
export const OUTCOME_TAGS: Readonly<Record<OutcomeKind, NoteTag>> = {
  takeaways: 'takeaway',
  callsToAction: 'callToAction',
  bestPractices: 'bestPractice',
  partnershipOffers: 'partnershipOffer',
};

/** The kind column of the CSV bundle's outcomes.csv. */
export const OUTCOME_CSV_KINDS: Readonly<Record<OutcomeKind, string>> = {
  takeaways: 'takeaway',
  callsToAction: 'call_to_action',
  bestPractices: 'best_practice',
  partnershipOffers: 'partnership_offer',
};
