import type { Declared } from '../../core/vocabulary.ts';
import { declaredName } from '../floor/floorNames.ts';
import { t } from '../i18n/index.ts';

/** The groups a speaker declared, for staff: "Civil Society · African Group", or nothing declared. */
export function DeclaredGroups({ declared }: { declared: Declared | null }) {
  if (!declared) return null;
  const names = [declared.stakeholderGroup, declared.regionalGroup, declared.gender].flatMap((value) => (value ? [declaredName(value)] : []));
  return (
    <p class="declared-groups" data-empty={names.length === 0 ? 'true' : undefined}>
      <span class="visually-hidden">{t('moderator.floor.declared')}: </span>
      {names.length > 0 ? names.join(' · ') : t('moderator.floor.nothingDeclared')}
    </p>
  );
}
