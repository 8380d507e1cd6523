// The desk's areas as tabs: which a member sees (by the permissions
// /v1/staff/me lists), and the tab bar (WAI-ARIA tabs: arrow keys, Home and
// End move between tabs and show each; Tab goes on into the panel). A member
// with one area sees no tab bar.
import type { StaffMember } from '@plskit/sdk/staff';
import { html, type TemplateResult } from 'lit';

export type DeskArea = 'visitors' | 'work-orders' | 'new-call';

/** "Visitors" for those who read rosters, "Work orders" for those who read the queue, "New call" for those who record calls. */
export function deskAreas(member: Pick<StaffMember, 'permissions'>): DeskArea[] {
  const has = (permission: string) => member.permissions.some((grant) => grant.permission === permission);
  return [
    ...(has('roster-read') ? ['visitors' as const] : []),
    ...(has('work-orders-read') ? ['work-orders' as const] : []),
    ...(has('work-orders-route') ? ['new-call' as const] : []),
  ];
}

/** The tab a key moves to from `current` (wrapping round), or undefined for a key that is not the tab bar's. */
export function tabAfter(areas: readonly DeskArea[], current: DeskArea, key: string): DeskArea | undefined {
  const at = areas.indexOf(current);
  const to = { ArrowRight: at + 1, ArrowDown: at + 1, ArrowLeft: at - 1, ArrowUp: at - 1, Home: 0, End: areas.length - 1 }[key];
  return to === undefined ? undefined : areas[(to + areas.length) % areas.length];
}

export interface DeskTabs {
  areas: readonly DeskArea[];
  current: DeskArea;
  label: string;
  names: Record<DeskArea, string>;
  choose(area: DeskArea): void;
}

export function deskTabs(tabs: DeskTabs, panel: TemplateResult): TemplateResult {
  const keydown = (event: KeyboardEvent) => {
    const next = tabAfter(tabs.areas, tabs.current, event.key);
    if (!next) return;
    event.preventDefault();
    tabs.choose(next);
    (event.currentTarget as HTMLElement).querySelector<HTMLElement>(`#tab-${next}`)?.focus();
  };
  return html`<div role="tablist" class="tabs" part="tabs" aria-label=${tabs.label} @keydown=${keydown}>
      ${tabs.areas.map((area) => html`<button type="button" role="tab" id=${`tab-${area}`} part="tab" aria-controls="desk-panel"
        aria-selected=${area === tabs.current ? 'true' : 'false'} tabindex=${area === tabs.current ? '0' : '-1'}
        @click=${() => tabs.choose(area)}>${tabs.names[area]}</button>`)}
    </div>
    <div role="tabpanel" id="desk-panel" part="panel" aria-labelledby=${`tab-${tabs.current}`}>${panel}</div>`;
}
