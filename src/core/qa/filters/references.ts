/**
 * References to publications (FILTER-5, FILTER-6): DOIs ("10.1016/j.chiabu.2020.104567",
 * "doi:10.1177/…"), arXiv identifiers, PubMed and PubMed Central ids, ISSN and ISBN, HAL ids.
 * Their digit runs are not phone numbers and their dots not domains: they are taken out of the
 * text before the phone and link detectors read it.
 */
const REFERENCES = new RegExp(
  [
    String.raw`(?:doi\s?:\s?)?10\.\d{4,9}\/[^\s"'<>]{1,200}`,
    String.raw`arxiv\s?:\s?\d{4}\.\d{4,5}(?:v\d{1,2})?`,
    String.raw`(?:pmid|pmcid)\s?:?\s?(?:pmc)?\d{5,9}`,
    String.raw`pmc\d{5,9}`,
    String.raw`(?:issn|isbn(?:-1[03])?)\s?:?\s?[\dxX][\dxX -]{7,20}[\dxX]`,
    String.raw`hal-\d{6,9}(?:v\d{1,2})?`,
  ].map((source) => `(?<![\\p{L}\\p{N}])${source}`).join('|'),
  'giu',
);

/** The text with publication references replaced by a space. */
export function withoutReferences(text: string): string {
  return text.replace(REFERENCES, ' ');
}
