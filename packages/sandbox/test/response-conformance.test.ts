import { describe, expect, it } from 'vitest';
import { loadContract } from '../src/contract.js';
import { JSON_MEDIA_TYPE, PROBLEM_MEDIA_TYPE, responseChecker } from '../src/response-conformance.js';
import { problem } from '../src/http/problem.js';

const check = responseChecker(loadContract());

describe('the response check against the real contract', () => {
  it('accepts the problems the sandbox sends, at declared statuses and through default', () => {
    expect(check('getLawyer', 400, PROBLEM_MEDIA_TYPE, problem('en', 400, 'validation-failed'))).toEqual([]);
    expect(check('getHealth', 500, PROBLEM_MEDIA_TYPE, problem('zh-CN', 500, 'internal-error'))).toEqual([]);
  });

  it('flags a problem body the Problem schema refuses, or whose status is not the reply\'s', () => {
    const { code: _code, ...withoutCode } = problem('en', 404, 'not-found');
    expect(check('getLawyer', 404, PROBLEM_MEDIA_TYPE, withoutCode)).toContainEqual(expect.objectContaining({ keyword: 'required' }));
    expect(check('getLawyer', 404, PROBLEM_MEDIA_TYPE, { ...problem('en', 404, 'not-found'), code: 'Not Found' }))
      .toContainEqual(expect.objectContaining({ keyword: 'pattern', instancePath: '/code' }));
    expect(check('getLawyer', 404, PROBLEM_MEDIA_TYPE, problem('en', 409, 'slot-full')))
      .toEqual([expect.objectContaining({ keyword: 'status' })]);
  });

  it('flags an operation the contract does not have', () => {
    expect(check('listLawyers', 200, JSON_MEDIA_TYPE, {})).toEqual([expect.objectContaining({ keyword: 'operation' })]);
  });

  it('flags a media type the response does not declare', () => {
    expect(check('getHealth', 200, PROBLEM_MEDIA_TYPE, problem('en', 500, 'internal-error')))
      .toEqual([expect.objectContaining({ keyword: 'media-type' })]);
    expect(check('getLawyer', 404, JSON_MEDIA_TYPE, { items: [] }))
      .toEqual([expect.objectContaining({ keyword: 'media-type' })]);
  });
});
