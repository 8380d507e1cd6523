// The region's ruleset is fetched once per client and kept in memory (never in
// storage: it is public, but storage is the host page's), so that the check
// keeps working offline once it has loaded. Elements under one provider share
// its client and so the cache.
import type { Client } from '../api/client.js';
import type { LegalAidRuleset } from '../api/legal-aid-types.js';

const rulesetsByClient = new WeakMap<Client, Map<string, Promise<LegalAidRuleset>>>();

export function loadRuleset(client: Client, region: string): Promise<LegalAidRuleset> {
  let byRegion = rulesetsByClient.get(client);
  if (!byRegion) rulesetsByClient.set(client, (byRegion = new Map()));
  let loading = byRegion.get(region);
  if (!loading) {
    // a failed load is forgotten, so the next attempt asks again
    loading = client.getLegalAidRules(region).catch((error: unknown) => {
      byRegion.delete(region);
      throw error;
    });
    byRegion.set(region, loading);
  }
  return loading;
}
