import { OTHER_GROUPS, UNDECLARED, type BalanceDimension, type BalanceMeter, type BalanceRow } from '../../core/floor/balanceMeter.ts';
import type { Channel } from '../../core/roles.ts';
import { channelName } from '../components/ChannelBadge.tsx';
import { declaredName } from '../floor/floorNames.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/**
 * The balance meter as screens show it: names of dimensions and rows, the channel of a row
 * (for its colour and icon) and the row the current speaker's time goes to.
 */

const DIMENSION_NAMES: Record<BalanceDimension, MessageKey> = {
  channel: 'balance.dimensionChannel',
  stakeholderGroup: 'balance.dimensionStakeholder',
  regionalGroup: 'balance.dimensionRegion',
  gender: 'balance.dimensionGender',
};

export function dimensionName(dimension: BalanceDimension): string {
  return t(DIMENSION_NAMES[dimension]);
}

/** A row's name: a channel or group, "Not declared", or the merged small groups. */
export function rowName(dimension: BalanceDimension, group: string): string {
  if (group === UNDECLARED) return t('balance.notDeclared');
  if (group === OTHER_GROUPS) return t('balance.otherGroups');
  if (dimension === 'channel') return channelName(group as Channel);
  return declaredName(group);
}

/** The channel of a channel row, for its colour and icon; null for every other row. */
export function rowChannel(dimension: BalanceDimension, row: BalanceRow): Channel | null {
  return dimension === 'channel' && (row.group === 'onsite' || row.group === 'online') ? row.group : null;
}

/** Whether the current speaker's time goes to this row. */
export function isSpeakingRow(meter: BalanceMeter, dimension: BalanceDimension, row: BalanceRow): boolean {
  return meter.current?.rowOf[dimension] === row.group;
}
