import type { ReactiveControllerHost, TemplateResult } from 'lit';
import { ApiProblem } from '../api/api-problem.js';
import { errorView, loadingView } from '../async-state/async-state-view.js';
import type { LoadView } from '../base/pls-steps-element.js';
import type { StaffMember } from './staff-desk-requests.js';
import { deskAreas, deskTabs, type DeskArea } from './desk-tabs.js';
import type { WorkOrdersArea, WorkOrdersAreaOptions } from './work-orders/work-orders-area.js';
import type { StaffDeskText } from './staff-desk.strings.js';

export interface DeskAreasOptions {
  loadView: LoadView;
  /** What the work-order area is given, but for showing its queue's tab (the desk's areas do that). */
  workOrders(): Omit<WorkOrdersAreaOptions, 'showQueue'>;
}

/**
 * Which of the desk's areas shows, under the tab bar: "Visitors" (the roster
 * and closures, the desk's own screens), and the work-order area, whose code,
 * words and look come as a chunk of their own when staff first open one of its
 * tabs, so a desk that only shows the day's visitors never fetches them.
 */
export class DeskAreas {
  current: DeskArea = 'visitors';
  #workOrders: WorkOrdersArea | undefined;
  /** The area's chunk did not come (offline): said in the panel, with a retry. */
  #failed = false;

  constructor(private readonly host: ReactiveControllerHost, private readonly options: DeskAreasOptions) {}

  choose(area: DeskArea): void {
    this.current = area;
    this.host.requestUpdate();
    if (area !== 'visitors') void this.#show(area);
  }

  /** The host handed a new token: the area shown asks again what it shows. */
  signedInAgain(): void {
    if (this.current !== 'visitors') this.#workOrders?.shown(this.current);
  }

  async #show(tab: Exclude<DeskArea, 'visitors'>): Promise<void> {
    this.#failed = false;
    if (!this.#workOrders) {
      try {
        const { WorkOrdersArea } = await this.options.loadView(() => import('./work-orders/work-orders-area.js'));
        this.#workOrders ??= new WorkOrdersArea(this.host, { ...this.options.workOrders(), showQueue: () => { this.current = 'work-orders'; this.host.requestUpdate(); } });
      } catch {
        this.#failed = true;
        this.host.requestUpdate();
        return;
      }
    }
    this.#workOrders.shown(tab);
  }

  /** The tab bar and the area shown; the visitors' screens as the desk draws them. A member with one area sees that area alone. */
  render(member: StaffMember | undefined, text: StaffDeskText, locale: string, visitors: () => TemplateResult): TemplateResult {
    const areas = member ? deskAreas(member) : [];
    const current = areas.includes(this.current) ? this.current : 'visitors';
    const panel = current === 'visitors' ? visitors() : this.#panel(current, locale);
    if (areas.length < 2) return panel;
    return deskTabs({ areas, current, label: text.areasLabel, names: text.areas, choose: (area) => this.choose(area) }, panel);
  }

  #panel(tab: Exclude<DeskArea, 'visitors'>, locale: string): TemplateResult {
    if (this.#workOrders) return this.#workOrders.render(tab);
    return this.#failed ? errorView(new ApiProblem(0, 'network-error'), locale, () => this.choose(tab)) : loadingView(locale, 4);
  }
}
