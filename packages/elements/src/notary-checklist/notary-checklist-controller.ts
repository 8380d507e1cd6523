import type { NotaryChecklist, NotaryChecklistRequest, NotaryMatter, NotaryMatterList } from '@plskit/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { Connection } from '../api/connection.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { RequestController, type ReportProblem } from '../async-state/request-controller.js';
import { notaryRequests } from './notary-requests.js';

/**
 * The checklist's requests and what they brought: the catalogue to find a
 * matter in, the chosen matter's questions, the checklist for the answers and
 * the region's offices, each the kit's latest-wins request (another matter,
 * other answers: the earlier reply is dropped).
 */
export class NotaryChecklistController {
  readonly catalogue: RequestController<NotaryMatterList>;
  readonly matter: RequestController<NotaryMatter>;
  readonly checklist: RequestController<NotaryChecklist>;
  readonly offices: RequestController<ServiceCenter[]>;

  constructor(host: ReactiveControllerHost, private readonly connection: () => Connection, report: ReportProblem) {
    // an unknown matter is an answer, not a failure to report
    const notFound = (problem: { code: string }) => problem.code === 'not-found';
    this.catalogue = new RequestController(host, 'list-notary-matters', report);
    this.matter = new RequestController(host, 'get-notary-matter', report, notFound);
    this.checklist = new RequestController(host, 'create-notary-checklist', report);
    this.offices = new RequestController(host, 'list-service-centers', report);
  }

  get #requests() {
    return notaryRequests(this.connection());
  }

  loadCatalogue(): Promise<unknown> {
    return this.catalogue.run(() => this.#requests.matters());
  }

  loadMatter(code: string): Promise<unknown> {
    this.checklist.reset();
    return this.matter.run((signal) => this.#requests.matter(code, { signal }));
  }

  loadChecklist(request: NotaryChecklistRequest): Promise<NotaryChecklist | undefined> {
    return this.checklist.run((signal) => this.#requests.checklist(request, { signal }));
  }

  loadOffices(region: string): Promise<unknown> {
    return this.offices.run((signal) => this.#requests.offices(region, { signal }));
  }
}
