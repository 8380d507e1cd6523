// Every table of facts says when it was last read against its sources, what to
// re-read and who re-reads it when; the README names each one for the reviewers.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  DATA_REVIEWS, isCalendarDate, JINING_LEGAL_AID_RULESET, NOTARY_CATALOGUE, shanghaiDate,
} from '@plskit/core';

const SRC = new URL('../src/', import.meta.url).pathname;
const dataFiles = (readdirSync(SRC, { recursive: true }) as string[]).filter((file) => file.endsWith('.data.ts')).sort();
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');

describe('the review of core’s data', () => {
  it('covers every data file', () => {
    expect([...new Set(DATA_REVIEWS.map((review) => review.file))].sort()).toEqual(dataFiles);
  });

  it.each(DATA_REVIEWS.map((review) => [review.table, review] as const))('%s has a review date, sources to re-read, and who re-reads it when', (_table, review) => {
    expect(isCalendarDate(review.reviewed)).toBe(true);
    expect(review.reviewed >= '2024-01-01' && review.reviewed <= shanghaiDate(new Date())).toBe(true);
    expect(review.sources.length).toBeGreaterThan(0);
    for (const source of review.sources) {
      expect(source.title).toMatch(/\S/);
      expect(['V', 'V-3p', 'U']).toContain(source.tag);
      if (source.url) expect(source.url).toMatch(/^https:\/\//);
    }
    expect(review.reReview.who).toMatch(/\S/);
    expect(review.reReview.when).toMatch(/\S/);
  });

  it('carries the date in the documents the API serves, the same as their reviews', () => {
    expect(DATA_REVIEWS.find((r) => r.table === 'JINING_LEGAL_AID_RULESET')?.reviewed).toBe(JINING_LEGAL_AID_RULESET.reviewed);
    expect(DATA_REVIEWS.find((r) => r.table === 'NOTARY_CATALOGUE')?.reviewed).toBe(NOTARY_CATALOGUE.reviewed);
  });

  it('names every table in the README, for the people who re-read them', () => {
    for (const review of DATA_REVIEWS) expect(readme, review.table).toContain(`\`${review.table}\``);
  });
});
