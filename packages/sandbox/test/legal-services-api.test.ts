// A resident checks legal-aid eligibility and asks what a notarization needs:
// the server answers with @plskit/core's engines, each outcome citing its law.
import { NOTARY_CATALOGUE, notaryMatterDetail, notaryMatterList } from '@plskit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningSandbox } from '../src/index.js';
import { apiSandbox } from './api-sandbox.js';

let sandbox: RunningSandbox;
beforeAll(async () => { sandbox = await apiSandbox(); });
afterAll(async () => {
  expect(sandbox.responseViolations()).toEqual([]);
  await sandbox.close();
});

const post = async (path: string, body: unknown, headers: Record<string, string> = {}) => {
  const response = await fetch(`${sandbox.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: response.status, body: await response.json() };
};

describe('legal aid over HTTP', () => {
  it('serves the ruleset of a region verbatim, and 404 for a region it does not cover', async () => {
    const rules = await (await fetch(`${sandbox.url}/v1/legal-aid/rules?region=370811`)).json();
    expect(rules).toMatchObject({ id: 'jining-legal-aid', regions: expect.arrayContaining(['370811']) });
    expect(rules.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const elsewhere = await fetch(`${sandbox.url}/v1/legal-aid/rules?region=110105`);
    expect(elsewhere.status).toBe(404);
    const bad = await fetch(`${sandbox.url}/v1/legal-aid/rules?region=jining`);
    expect(bad.status).toBe(400);
  });

  it('governs the functional zones without a statistical code by the parent city\'s ruleset', async () => {
    for (const zone of ['370800-taibaihu', '370800-jingkai']) {
      const rules = await fetch(`${sandbox.url}/v1/legal-aid/rules?region=${zone}`);
      expect(rules.status).toBe(200);
      expect(await rules.json()).toMatchObject({ id: 'jining-legal-aid' });
      const { status, body } = await post('/v1/legal-aid/eligibility-checks', {
        region: zone, proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['minor'],
      });
      expect(status).toBe(200);
      expect(body.outcome).toBe('assigned-by-authority');
    }
  });

  it('assigns a lawyer through the authorities for a minor defendant (Art 25)', async () => {
    const { status, body } = await post('/v1/legal-aid/eligibility-checks', {
      region: '370811', proceeding: 'criminal', criminalRole: 'suspect-or-defendant', circumstances: ['minor'],
    });
    expect(status).toBe(200);
    expect(body.outcome).toBe('assigned-by-authority');
    expect(body.reasons.some((r: { basis: { law: string; article: string } }) =>
      r.basis.law === 'legal-aid-law-2021' && r.basis.article.startsWith('25'))).toBe(true);
    expect(body.ruleset.id).toBe('jining-legal-aid');
  });

  it('waives the means check for a migrant worker claiming wages (Art 42(3)), not for a traffic accident, and asks for what is missing', async () => {
    const waived = await post('/v1/legal-aid/eligibility-checks', {
      region: '370811', proceeding: 'civil', matter: 'wages', circumstances: ['migrant-worker-wages-or-injury'],
    });
    expect(waived.body).toMatchObject({ outcome: 'eligible', meansTest: 'verification-waived' });
    const traffic = await post('/v1/legal-aid/eligibility-checks', {
      region: '370811', proceeding: 'civil', matter: 'traffic-accident', circumstances: ['migrant-worker-wages-or-injury'],
    });
    expect(traffic.body).toMatchObject({ outcome: 'needs-more-information', missing: ['household', 'commitment'] });
    // a client that still sends the whole Art 31(7) item is asked which injury it is
    const whole = await post('/v1/legal-aid/eligibility-checks', {
      region: '370811', proceeding: 'civil', matter: 'personal-injury', circumstances: ['migrant-worker-wages-or-injury'],
    });
    expect(whole.body).toMatchObject({ outcome: 'needs-more-information', missing: ['matter'] });
    const partial = await post('/v1/legal-aid/eligibility-checks', { region: '370811' });
    expect(partial.body.outcome).toBe('needs-more-information');
    expect(partial.body.missing.length).toBeGreaterThan(0);
  });

  it('refuses unknown fields and wrong types in the answers, naming them', async () => {
    const unknown = await post('/v1/legal-aid/eligibility-checks', { region: '370811', income: 100 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toContainEqual(expect.objectContaining({ field: '/income', code: 'unknown-field' }));
    const wrong = await post('/v1/legal-aid/eligibility-checks', { region: '370811', household: { size: 'three', monthlyIncome: -1 } });
    expect(wrong.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['/household/size', '/household/monthlyIncome']));
  });
});

describe('notary over HTTP', () => {
  it('lists the catalogue and describes one matter with the questions that change its list', async () => {
    const list = await (await fetch(`${sandbox.url}/v1/notary/matters`)).json();
    expect(list.items.length).toBeGreaterThanOrEqual(20);
    expect(list.items.find((m: { code: string }) => m.code === 'will')).toMatchObject({ inPersonOnly: true, group: 'property' });
    expect(list.groups.map((g: { code: string }) => g.code)).toEqual(['family', 'property', 'company', 'documents']);
    const matter = await (await fetch(`${sandbox.url}/v1/notary/matters/power-of-attorney-property`)).json();
    expect(matter.questions).toContain('applicantIsAgent');
    expect(matter.timeLimit).toMatchObject({ workingDays: 15, basis: { law: 'notary-law-2017', article: '30' } });
    expect(matter.fee.unverified).toBe(true);
    expect((await fetch(`${sandbox.url}/v1/notary/matters/space-travel`)).status).toBe(404);
  });

  it('serves exactly the matter views core builds for the browser, so the two cannot disagree', async () => {
    const list = await (await fetch(`${sandbox.url}/v1/notary/matters`)).json();
    expect(list).toEqual(notaryMatterList(NOTARY_CATALOGUE));
    for (const { code } of NOTARY_CATALOGUE.matters) {
      const matter = await (await fetch(`${sandbox.url}/v1/notary/matters/${code}`)).json();
      expect(matter).toEqual(notaryMatterDetail(NOTARY_CATALOGUE, code));
    }
  });

  it('refuses an agent for a will, a gift or a power of attorney (Procedure Rules Art 11) with what to do instead', async () => {
    for (const matter of ['will', 'gift', 'power-of-attorney-property', 'declaration']) {
      const refused = await post('/v1/notary/checklists', { matter, answers: { applicantIsAgent: true } });
      expect(refused.status).toBe(200);
      expect(refused.body.inPersonOnly).toBe(true);
      expect(refused.body.refusals).toEqual([expect.objectContaining({
        code: 'agent-not-allowed', basis: expect.objectContaining({ law: 'notary-procedure-rules-2020', article: '11' }),
        instead: expect.objectContaining({ 'zh-CN': expect.any(String) }),
      })]);
    }
    const will = await post('/v1/notary/checklists', { matter: 'will', answers: { applicantIsAgent: true } });
    expect(will.body.inPerson.homeVisit).toMatchObject({ scope: 'rule', basis: { law: 'will-notarization-rules-2000', article: '5' } });
  });

  it('returns a basis for every item and the sources behind the list', async () => {
    const { body } = await post('/v1/notary/checklists', { matter: 'inheritance', answers: { applicantIsAgent: true, married: true, realEstate: true, useAbroad: true, destinationCountry: 'VN' } });
    for (const item of body.items) expect(item.basis.article ?? item.basis.source.title, item.code).toBeTruthy();
    expect(body.items.find((item: { code: string }) => item.code === 'power-of-attorney').reason.en).toMatch(/notarised/);
    expect(body.legalisation).toBe('consular');
    expect(body.sources.length).toBeGreaterThan(1);
    expect(body.pledge.source.title).toMatch(/利企便民/);
  });

  it('legalises by apostille or consular route by destination', async () => {
    const germany = await post('/v1/notary/checklists', { matter: 'birth', answers: { useAbroad: true, destinationCountry: 'DE' } });
    expect(germany.body.legalisation).toBe('apostille');
    const home = await post('/v1/notary/checklists', { matter: 'birth', answers: {} });
    expect(home.body.legalisation).toBe('none');
    expect(home.body.items.length).toBeGreaterThan(0);
  });

  it('refuses an unknown matter and bad answers as 400 problems naming the field', async () => {
    const unknown = await post('/v1/notary/checklists', { matter: 'space-travel', answers: {} });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0].field).toBe('/matter');
    const badCountry = await post('/v1/notary/checklists', { matter: 'birth', answers: { useAbroad: true, destinationCountry: 'germany' } });
    expect(badCountry.body.errors[0].field).toBe('/answers/destinationCountry');
    // the contract's own rule (if useAbroad then destinationCountry), so a client validating against it refuses the same
    const noCountry = await post('/v1/notary/checklists', { matter: 'birth', answers: { useAbroad: true } });
    expect([noCountry.status, noCountry.body.errors]).toEqual([400, [expect.objectContaining({ field: '/answers/destinationCountry', code: 'required' })]]);
    const home = await post('/v1/notary/checklists', { matter: 'birth', answers: { useAbroad: true, destinationCountry: 'CN' } });
    expect([home.status, home.body.errors[0].field]).toEqual([400, '/answers/destinationCountry']);
    expect((await post('/v1/notary/checklists', { matter: 'birth', answers: { useAbroad: false } })).status).toBe(200);
    const extra = await post('/v1/notary/checklists', { matter: 'birth', answers: { rich: true } });
    expect(extra.body.errors[0]).toMatchObject({ field: '/answers/rich', code: 'unknown-field' });
  });
});
