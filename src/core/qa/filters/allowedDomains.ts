/**
 * Domains whose links are not flagged (FILTER-13). By default, intergovernmental
 * organisations' and governments' own: every `.int` domain (IANA registers `.int` only for
 * organisations set up by treaty between governments), the United Nations system's and a few
 * other intergovernmental bodies' domains outside `.int`, government zones whose registration
 * is restricted to public bodies, and doi.org (it resolves the identifiers of publications).
 * None of them can hold a participant's own page. A host adds the organisers'
 * domains (`plan.qa.allowedDomains`); on those, e-mail addresses are not flagged either.
 */
export const INTERGOVERNMENTAL_DOMAINS: readonly string[] = [
  'un.org', 'unicef.org', 'unesco.org', 'unhcr.org', 'undp.org', 'unfpa.org', 'unodc.org', 'unwomen.org', 'unaids.org', 'ohchr.org', 'wfp.org',
  'fao.org', 'ilo.org', 'imf.org', 'worldbank.org', 'ifad.org', 'unep.org', 'unhabitat.org', 'unido.org', 'unu.edu', 'unv.org', 'undrr.org',
  'europa.eu', 'oecd.org', 'osce.org', 'oas.org', 'asean.org', 'thecommonwealth.org', 'francophonie.org', 'wto.org', 'iaea.org', 'doi.org',
];

/** A host name as written, lower-cased, without "www." and a final dot. */
function hostOf(host: string): string {
  return host.toLowerCase().replace(/^www\./u, '').replace(/\.$/u, '');
}

function onDomain(host: string, domains: readonly string[]): boolean {
  return domains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

/** Whether a link to this host is allowed: an intergovernmental domain, or one the host allowed. */
export function isAllowedLinkHost(host: string, hostAllowed: readonly string[]): boolean {
  const h = hostOf(host);
  return h.endsWith('.int') || GOVERNMENT.test(h) || onDomain(h, INTERGOVERNMENTAL_DOMAINS) || onDomain(h, hostAllowed);
}

/**
 * Government zones whose registration is restricted to public bodies: `.gov`, and a country's
 * `gov.`, `gouv.`, `gob.`, `govt.`, `go.` second level ("gov.uk", "esafety.gov.au",
 * "education.gouv.fr", "argentina.gob.ar", "cac.gov.cn", "mext.go.jp"), Canada's gc.ca,
 * Switzerland's admin.ch.
 */
const GOVERNMENT = /(?:^|\.)(?:gov|(?:gov|gouv|gob|govt|go)\.[a-z]{2}|gc\.ca|admin\.ch)$/u;

/** Whether an e-mail address's domain is one the host allowed (the organisers' own). */
export function isAllowedMailHost(host: string, hostAllowed: readonly string[]): boolean {
  return onDomain(hostOf(host), hostAllowed);
}

/** The names an organisation goes by on social media, from its domains: "unicef" for unicef.org. */
export function organisationNames(hostAllowed: readonly string[]): ReadonlySet<string> {
  const names = [...INTERGOVERNMENTAL_DOMAINS, ...hostAllowed].map((domain) => hostOf(domain).split('.')[0] ?? '');
  return new Set(names.filter((name) => name.length >= 2));
}
