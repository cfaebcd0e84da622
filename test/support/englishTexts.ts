import { en } from '../../src/web/i18n/en.ts';
import { enPublic } from '../../src/web/i18n/en.public.ts';
import { enStaff } from '../../src/web/i18n/en.staff.ts';
import { refusalsEn } from '../../src/web/i18n/refusals.en.ts';

/** Every English text of the web app, all parts together: what tests look for on the pages. */
export const englishTexts = { ...en, ...enPublic, ...enStaff, ...refusalsEn } as const;
