// `npx vitest bench --run packages/core`: the question walk without and with its memo.
// A fresh (shallow-copied) ruleset has an empty memo, so "cold" is the full walk
// every call, as before the memo; "warm" is what a widget pays when it asks again.
import { bench, describe } from 'vitest';
import { JINING_LEGAL_AID_RULESET as JINING, pendingQuestions, type EligibilityInput } from '@plskit/core';

const session: EligibilityInput[] = [
  { region: '370811' },
  { region: '370811', proceeding: 'civil' },
  { region: '370811', proceeding: 'civil', circumstances: [] },
  { region: '370811', proceeding: 'civil', circumstances: [], matter: 'support-payments' },
  { region: '370811', proceeding: 'civil', circumstances: [], matter: 'support-payments', household: { size: 3, monthlyIncome: 2500 } },
];

describe('pendingQuestions after the first click (开始)', () => {
  bench('cold: the full walk (no memo)', () => { pendingQuestions({ ...JINING }, session[0]!); });
  bench('warm: the same answers again (a re-render)', () => { pendingQuestions(JINING, session[0]!); });
});

describe('pendingQuestions over a whole civil-case session, three calls per step', () => {
  bench('cold: no memo', () => {
    for (const answers of session) for (let call = 0; call < 3; call++) pendingQuestions({ ...JINING }, answers);
  });
  bench('memoized: one ruleset for the session', () => {
    const ruleset = { ...JINING };
    for (const answers of session) for (let call = 0; call < 3; call++) pendingQuestions(ruleset, answers);
  });
});
