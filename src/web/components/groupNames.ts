import { OTHER, UNDECLARED } from '../../core/polls/pollBreakdown.ts';
import { declaredName } from '../floor/floorNames.ts';
import { channelName } from './ChannelBadge.tsx';
import { t } from '../i18n/index.ts';

/**
 * The name of a breakdown's group in the viewer's language (POLL-28, POLL-60): a channel, a
 * declared stakeholder group or region, "other" (small groups merged) or "not declared".
 */
export function groupName(group: string): string {
  if (group === OTHER) return t('shownBreakdown.otherGroup');
  if (group === UNDECLARED) return t('shownBreakdown.undeclaredGroup');
  if (group === 'onsite' || group === 'online') return channelName(group);
  return declaredName(group);
}
