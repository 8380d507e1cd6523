import type { NotaryChecklist, NotaryChecklistRequest, NotaryMatter, NotaryMatterList } from '@plskit/sdk';
import type { ReactiveControllerHost } from 'lit';
import type { Connection } from '../api/connection.js';
import type { ServiceCenter } from '../api/legal-aid-types.js';
import { RequestController, type ReportProblem } from '../async-state/request-controller.js';
import type { LoadView } from '../base/pls-steps-element.js';
import { notaryRequests } from './notary-requests.js';

/**
 * The checklist's requests and what they brought: the catalogue to find a
 * matter in, the chosen matter's questions, the checklist for the answers and
 * the region's offices, each the kit's latest-wins request (another matter,
 * other answers: the earlier reply is dropped). A step's view comes with its data.
 */
export class NotaryChecklistController {
  readonly catalogue: RequestController<NotaryMatterList>;
  readonly matter: RequestController<NotaryMatter>;
  readonly checklist: RequestController<NotaryChecklist>;
  readonly offices: RequestController<ServiceCenter[]>;
  /** The questions' and the checklist's views, each fetched with what it shows: the find step carries neither. */
  readonly views: { questions?: typeof import('./checklist-questions-view.js'); checklist?: typeof import('./checklist-view.js') } = {};

  constructor(host: ReactiveControllerHost, private readonly connection: () => Connection, report: ReportProblem,
    private readonly loadView: LoadView) {
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
    return this.matter.run(async (signal) => {
      const [matter, view] = await Promise.all([this.#requests.matter(code, { signal }), this.loadView(() => import('./checklist-questions-view.js'))]);
      this.views.questions = view;
      return matter;
    });
  }

  loadChecklist(request: NotaryChecklistRequest): Promise<NotaryChecklist | undefined> {
    return this.checklist.run(async (signal) => {
      const [checklist, view] = await Promise.all([this.#requests.checklist(request, { signal }), this.loadView(() => import('./checklist-view.js'))]);
      this.views.checklist = view;
      return checklist;
    });
  }

  loadOffices(region: string): Promise<unknown> {
    return this.offices.run((signal) => this.#requests.offices(region, { signal }));
  }
}
