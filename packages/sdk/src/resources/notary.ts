import { createNotaryChecklist } from '../generated/replies/createNotaryChecklist.js';
import { getNotaryMatter } from '../generated/replies/getNotaryMatter.js';
import { listNotaryMatters } from '../generated/replies/listNotaryMatters.js';
import type { RequestOptions, Transport } from '../transport.js';
import type { NotaryChecklist, NotaryChecklistRequest, NotaryMatter, NotaryMatterList } from '../types.js';

/** The notary matter catalogue and one-time material checklists (一次性告知). */
export interface NotaryResource {
  /** Every matter of the catalogue. */
  matters(call?: RequestOptions): Promise<NotaryMatterList>;
  /** One matter and the questions that change its checklist. */
  matter(code: string, call?: RequestOptions): Promise<NotaryMatter>;
  /** The complete checklist for a matter and the answers given. */
  checklist(request: NotaryChecklistRequest, call?: RequestOptions): Promise<NotaryChecklist>;
}

export const createNotaryResource = (send: Transport): NotaryResource => ({
  matters: (call) => send({ reply: listNotaryMatters, method: 'get', path: 'v1/notary/matters' }, call),
  matter: (code, call) => send({ reply: getNotaryMatter, method: 'get', path: `v1/notary/matters/${encodeURIComponent(code)}` }, call),
  checklist: (request, call) => send({ reply: createNotaryChecklist, method: 'post', path: 'v1/notary/checklists', body: request }, call),
});
