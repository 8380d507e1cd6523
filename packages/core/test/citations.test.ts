// One citation convention in every piece of legal data core ships: the
// machine-readable `article` field ("25", "25.2", "42(3)", "25.1(4)"), and in
// prose every subdivision in parentheses ("Art 25(2)", never "Art 42 item 2" or "Art 25.1").
import { describe, expect, it } from 'vitest';
import * as core from '@plskit/core';

const data = Object.entries(core).filter(([name, value]) => /^[A-Z][A-Z_]+$/.test(name) && typeof value === 'object' && value !== null);
const json = JSON.stringify(Object.fromEntries(data));

describe('citations in core data', () => {
  it('covers the legal data core ships', () => {
    expect(data.map(([name]) => name)).toEqual(expect.arrayContaining(['JINING_LEGAL_AID_RULESET', 'NOTARY_CATALOGUE', 'LAWS']));
  });

  it('writes every article as "N", "N.P", "N(I)" or "N.P(I)"', () => {
    const articles = [...json.matchAll(/"article":"([^"]*)"/g)].map((match) => match[1]);
    expect(articles.length).toBeGreaterThan(50);
    for (const article of articles) expect(article).toMatch(/^\d+(\.\d+)?(\(\d+\))?$/);
  });

  it('cites in prose as "Art 25(2)", never "Art 25.2" or "Art 42 item 2"', () => {
    expect(json).not.toMatch(/\bArts? \d+\.\d/);
    expect(json).not.toMatch(/\bArts? \d+,? (item|paragraph|para\.?) \d/i);
  });
});
