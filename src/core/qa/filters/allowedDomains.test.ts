import { describe, expect, it } from 'vitest';
import { isAllowedLinkHost, isAllowedMailHost, organisationNames } from './allowedDomains.ts';

/** Allowed domains (FILTER-13). */

describe('allowed domains', () => {
  it('FILTER-13: every .int domain and the listed intergovernmental domains are allowed for links, with their subdomains', () => {
    for (const host of ['itu.int', 'www.who.int', 'coe.int', 'unicef.org', 'data.unicef.org', 'europa.eu', 'doi.org', 'WWW.UN.ORG']) expect(isAllowedLinkHost(host, []), host).toBe(true);
    for (const host of ['unicef.org.example.com', 'myunicef.org', 'int.example.com', 'tiktok.com', 'annasworld.com', 'ofcom.org.uk', 'govstuff.com', 'gov.example.com']) {
      expect(isAllowedLinkHost(host, []), host).toBe(false);
    }
  });

  it('FILTER-13: government zones restricted to public bodies are allowed for links', () => {
    for (const host of ['gov.uk', 'www.gov.uk', 'esafety.gov.au', 'ftc.gov', 'education.gouv.fr', 'argentina.gob.ar', 'cac.gov.cn', 'mext.go.jp', 'canada.gc.ca', 'admin.ch']) {
      expect(isAllowedLinkHost(host, []), host).toBe(true);
    }
  });

  it('FILTER-13: the host\'s domains are allowed for links and e-mail addresses; the defaults for links only', () => {
    expect(isAllowedLinkHost('events.organisers.org', ['organisers.org'])).toBe(true);
    expect(isAllowedMailHost('organisers.org', ['organisers.org'])).toBe(true);
    expect(isAllowedMailHost('unicef.org', [])).toBe(false);
    expect(organisationNames(['organisers.org'])).toContain('organisers');
    expect(organisationNames([])).toContain('unicef');
  });
});
