import { chartTextsOf, type ChartKey } from '../../core/charts/chartCatalog.ts';
import type { ExportWords } from '../../core/charts/pollExport.ts';
import type { UnLanguage } from '../../core/vocabulary.ts';
import { serverCatalog } from '../mainTexts.ts';

/**
 * A poll export's words in the session's language (I18N-14): the chart's texts from the main
 * catalog the projector reads, by the same mapping (`chartTextsOf`), with its numbers written
 * as the projector writes them (`localeNumbers`).
 */
export function exportWords(language: UnLanguage): ExportWords {
  const catalog = serverCatalog(language);
  return {
    lang: catalog.locale,
    chart: chartTextsOf({
      text: (key: ChartKey, params) => catalog.text(key, params),
      votes: (count) => catalog.plural('votes', count),
      number: catalog.number,
      percent: catalog.percent,
    }),
  };
}
