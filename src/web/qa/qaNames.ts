import type { QaFlag, QaPolicy, RejectReason } from '../../core/qa/qaTypes.ts';
import type { MyQuestionView } from '../../core/qa/qaViews.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/*
 * Names of the Q&A's values, through the catalog. Each table is a Record over the core's
 * type, so a value added there breaks the build here until it has a name.
 */

const MY_STATUS: Record<MyQuestionView['status'], MessageKey> = {
  pending: 'qa.status.pending',
  held: 'qa.status.held',
  published: 'qa.status.published',
  answered: 'qa.status.answered',
  archived: 'qa.status.archived',
  merged: 'qa.status.merged',
  not_published: 'qa.status.notPublished',
};

const FLAGS: Record<QaFlag, MessageKey> = {
  profanity: 'qa.flag.profanity',
  insult: 'qa.flag.insult',
  email: 'qa.flag.email',
  phone: 'qa.flag.phone',
  url: 'qa.flag.url',
  handle: 'qa.flag.handle',
  address: 'qa.flag.address',
  age_with_name: 'qa.flag.ageWithName',
};

const POLICIES: Record<QaPolicy, { name: MessageKey; detail: MessageKey }> = {
  most_upvoted: { name: 'qa.policy.mostUpvoted', detail: 'qa.policy.mostUpvotedDetail' },
  alternate: { name: 'qa.policy.alternate', detail: 'qa.policy.alternateDetail' },
  least_heard: { name: 'qa.policy.leastHeard', detail: 'qa.policy.leastHeardDetail' },
};

const REASONS: Record<RejectReason, MessageKey> = {
  off_topic: 'qa.reason.offTopic',
  duplicate: 'qa.reason.duplicate',
  personal_data: 'qa.reason.personalData',
  offensive: 'qa.reason.offensive',
  other: 'qa.reason.otherReason',
};

export const QA_POLICY_LIST = Object.keys(POLICIES) as QaPolicy[];
export const REJECT_REASON_LIST = Object.keys(REASONS) as RejectReason[];

export const myStatusName = (status: MyQuestionView['status']): string => t(MY_STATUS[status]);
export const flagName = (flag: QaFlag): string => t(FLAGS[flag]);
export const qaPolicyName = (policy: QaPolicy): string => t(POLICIES[policy].name);
export const qaPolicyDetail = (policy: QaPolicy): string => t(POLICIES[policy].detail);
export const rejectReasonName = (reason: RejectReason): string => t(REASONS[reason]);
