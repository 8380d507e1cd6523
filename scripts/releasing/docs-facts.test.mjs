// What the docs and changelogs say about the code, checked against it, so a
// new tag, notary matter, problem code or event type cannot leave them behind.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { NOTARY_MATTER_CODES } from '../../packages/core/src/index.js';
import { WIDGET_TAGS } from '../../packages/elements/src/widgets.js';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');
const PACKAGES = ['core', 'sdk', 'elements', 'sandbox'];

describe('the docs agree with the code', () => {
  it('docs/sdk.md lists every stable problem code the contract names, and the SDK\'s own', () => {
    const contract = parse(read('openapi/public-legal-services.yaml'));
    const described = contract.components.schemas.Problem.properties.code.description;
    // the codes are the list's items; a label ("staff operations:") or a note ("(sandbox only)") is not one
    const codes = described.replace(/\([^)]*\)/g, '').split(/[,;:.]/).map((item) => item.trim())
      .filter((item) => /^[a-z]+(-[a-z]+)*$/.test(item));
    expect(codes.length).toBeGreaterThan(10);
    const listed = read('docs/sdk.md').match(/^Stable codes[^:]*: ([\s\S]*?)\n\n/m)?.[1] ?? '';
    const documented = [...listed.matchAll(/`([a-z-]+)`/g)].map(([, code]) => code);
    expect(documented.sort()).toEqual([...codes, 'unexpected-response'].sort());
  });

  for (const name of PACKAGES) {
    it(`packages/${name}/CHANGELOG.md names every tag and the number of notary matters`, () => {
      const changelog = read(`packages/${name}/CHANGELOG.md`);
      for (const tag of WIDGET_TAGS) expect(changelog, tag).toContain(`<${tag}>`);
      const counts = [...changelog.matchAll(/(\d+) (?:notary )?matters/g)].map(([, count]) => Number(count));
      expect(counts.length).toBeGreaterThan(0);
      expect(counts).toEqual(counts.map(() => NOTARY_MATTER_CODES.length));
    });
  }

  it('docs/webhooks.md\'s table of events has a row for each event the contract sends partners, and no other', () => {
    const contract = parse(read('openapi/public-legal-services.yaml'));
    // the text message to the SMS gateway is a webhook of the contract's, not an event
    const events = Object.keys(contract.webhooks).filter((type) => type.includes('.'));
    const table = read('docs/webhooks.md').split('\n## The events\n')[1].split('\n\n')[0];
    const rows = [...table.matchAll(/^\| `([a-z.-]+)` \|/gm)].map(([, type]) => type);
    expect(events.length).toBeGreaterThan(10);
    expect(rows).toEqual(events);
  });

  it('the elements README names every tag in its opening', () => {
    const opening = read('packages/elements/README.md').split('\n## ')[0];
    for (const tag of WIDGET_TAGS) expect(opening, tag).toContain(`<${tag}>`);
  });
});
