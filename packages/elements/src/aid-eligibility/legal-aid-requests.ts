// The checker's requests, from the SDK's legal-aid and region resources only
// (the centers where to apply come with the result: where-to-apply-requests.ts).
// A region's ruleset is fetched once per connection and kept in memory (never
// in storage: it is public, but storage is the host page's), so the check
// keeps working offline once it has loaded; elements under one provider share
// its connection and so the cache.
import { createLegalAidResource, createRegionsResource } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { Region } from '../api/directory-types.js';
import type { EligibilityInput, EligibilityResult, LegalAidRuleset } from '../api/legal-aid-types.js';

export interface LegalAidRequests {
  /** The legal-aid ruleset in force for a region, verbatim, for @plskit/core's evaluator; cached. */
  ruleset(region: string): Promise<LegalAidRuleset>;
  /** The authoritative check; the answers travel in the body, never in the URL. */
  checkEligibility(input: EligibilityInput, call?: CallOptions): Promise<EligibilityResult>;
  listRegions(call?: CallOptions): Promise<{ items: Region[] }>;
}

export const legalAidRequests = requestsFor<LegalAidRequests>(({ transport }) => {
  const legalAid = createLegalAidResource(transport);
  const regions = createRegionsResource(transport);
  const rulesets = new Map<string, Promise<LegalAidRuleset>>();
  return {
    ruleset(region) {
      let loading = rulesets.get(region);
      if (!loading) {
        // the contract serves core's ruleset document verbatim; a failed load is forgotten, so the next attempt asks again
        loading = callApi(() => legalAid.rules(region) as Promise<unknown> as Promise<LegalAidRuleset>).catch((error: unknown) => {
          rulesets.delete(region);
          throw error;
        });
        rulesets.set(region, loading);
      }
      return loading;
    },
    checkEligibility: (input, call) => callApi(() => legalAid.check(input, call) as Promise<EligibilityResult>),
    listRegions: (call) => callApi(() => regions.list(call)),
  };
});
