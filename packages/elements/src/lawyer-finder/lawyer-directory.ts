// The finder's requests: the lawyer directory and the choices of its filters,
// from the SDK's lawyers, law-firm, practice-area and region resources only.
import { createLawFirmsResource, createLawyersResource, createPracticeAreasResource, createRegionsResource } from '@plskit/sdk';
import { callApi, requestsFor, type CallOptions } from '../api/connection.js';
import type { LawFirm, Lawyer, LawyerQuery, Page, PracticeArea, Region } from '../api/directory-types.js';

export interface LawyerDirectory {
  searchLawyers(query: LawyerQuery, call?: CallOptions): Promise<Page<Lawyer>>;
  getLawFirm(id: string, call?: CallOptions): Promise<LawFirm>;
  listPracticeAreas(call?: CallOptions): Promise<{ items: PracticeArea[] }>;
  listRegions(call?: CallOptions): Promise<{ items: Region[] }>;
}

export const lawyerDirectory = requestsFor<LawyerDirectory>(({ transport }) => {
  const lawyers = createLawyersResource(transport);
  const lawFirms = createLawFirmsResource(transport);
  const practiceAreas = createPracticeAreasResource(transport);
  const regions = createRegionsResource(transport);
  return {
    searchLawyers: (query, call) => callApi(() => lawyers.search(query, call)),
    getLawFirm: (id, call) => callApi(() => lawFirms.get(id, call)),
    listPracticeAreas: (call) => callApi(() => practiceAreas.list(call)),
    listRegions: (call) => callApi(() => regions.list(call)),
  };
});
