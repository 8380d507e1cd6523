import type { ChecklistCondition } from '@plskit/core';

/** A question the checklist may ask: a catalogue condition, or where a notarised document is used abroad. */
export type NotaryQuestion = ChecklistCondition | 'destinationCountry';
