import { useState } from 'preact/hooks';
import type { UnLanguage } from '../../core/vocabulary.ts';
import { t } from '../i18n/index.ts';
import { LOCALES, LOCALE_CODES } from '../i18n/locales.ts';
import type { PlanIssue } from './hostApi.ts';
import { SelectField, TextField } from './PlanFields.tsx';
import type { PlanDraft } from './planDraft.ts';
import { agendaText, planText, withAgendaText, withPlanText, type PlanTextField } from './planTranslationsDraft.ts';

interface PlanTranslationsFieldsProps {
  readonly plan: PlanDraft;
  readonly issues: readonly PlanIssue[];
  readonly onChange: (plan: PlanDraft) => void;
}

/**
 * The plan's texts in another language than the session's (I18N-5, I18N-9): the host picks a
 * language, then writes its version of the title, subtitle, guidelines, code of conduct (when
 * the session has one) and each agenda item's title and policy question. An empty field falls
 * back to the session language's text. Each field is named by its path in the plan, so a
 * server error lands on it, and is marked with the language it is written in.
 */
export function PlanTranslationsFields({ plan, issues, onChange }: PlanTranslationsFieldsProps) {
  const others = LOCALE_CODES.filter((code) => code !== plan.language);
  const [chosen, setChosen] = useState<UnLanguage | undefined>(undefined);
  const language = chosen !== undefined && chosen !== plan.language ? chosen : others[0];
  if (!language) return null;
  const base = { issues, lang: language, dir: LOCALES[language].dir };
  const planField = (field: PlanTextField, label: string, multiline = false) => (
    <TextField {...base} multiline={multiline} path={`plan.translations.${language}.${field}`} label={label} value={planText(plan, language, field)} onChange={(value) => onChange(withPlanText(plan, language, field, value))} />
  );
  return (
    <>
      <p class="field-hint">{t('host.translations.hint')}</p>
      <SelectField issues={issues} path="host.translations.language" label={t('host.translations.language')} value={language} options={others.map((code) => [code, LOCALES[code].name] as const)} onChange={(code) => setChosen(code)} />
      {planField('title', t('host.translations.title'))}
      {planField('subtitle', t('host.translations.subtitle'))}
      {planField('guidelines.onsite', t('host.translations.guidelinesOnsite'), true)}
      {planField('guidelines.online', t('host.translations.guidelinesOnline'), true)}
      {plan.codeOfConduct.trim() !== '' && planField('codeOfConduct', t('host.translations.codeOfConduct'), true)}
      <ol class="host-list">
        {plan.agenda.map((item, i) => (
          <li key={i} class="host-list-item">
            <TextField {...base} path={`plan.agenda.${i}.translations.${language}.title`} label={t('host.translations.agendaTitle', { n: i + 1, title: item.title })} value={agendaText(plan, i, language, 'title')} onChange={(value) => onChange(withAgendaText(plan, i, language, 'title', value))} />
            {item.policyQuestion !== undefined && item.policyQuestion !== '' && (
              <TextField {...base} multiline path={`plan.agenda.${i}.translations.${language}.policyQuestion`} label={t('host.translations.agendaQuestion', { n: i + 1 })} value={agendaText(plan, i, language, 'policyQuestion')} onChange={(value) => onChange(withAgendaText(plan, i, language, 'policyQuestion', value))} />
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
