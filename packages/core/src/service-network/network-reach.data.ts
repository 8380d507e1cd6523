// What the city promises about reaching its public legal service network, and
// how plskit turns a straight-line distance into a rough travel time. Both are
// shown to residents beside a distance, so both are data with their sources.
import type { Source } from '../legal-basis/legal-basis.js';
import type { DataReview } from '../review/data-review.js';

export const JINING_PLAN: Source = {
  title: '济宁市公共法律服务体系建设规划（2022—2025年）: 城区15分钟、农村30分钟公共法律服务圈 (quoted second-hand; the plan’s own text not yet read for plskit)',
  tag: 'U',
};

/** The plan's reach targets, in minutes: a resident in town, a villager. It does not say by which means of travel. */
export const NETWORK_REACH_TARGETS = { urbanMinutes: 15, ruralMinutes: 30, sources: [JINING_PLAN] as readonly Source[] } as const;

/**
 * How a straight line becomes a rough travel time. Roads are longer than the
 * straight line (the detour factor); an older resident walks about 4 km/h;
 * a car on county and town roads averages about 30 km/h, stops included. All
 * are plskit's conservative choices [U], so an estimate errs long, never short:
 * a point is never said to be within a target it may miss.
 */
const TRAVEL_SOURCES: readonly Source[] = [
  { title: 'plskit: conservative planning figures (walking 4 km/h, driving 30 km/h, roads 1.4 × the straight line)', tag: 'U' },
];

export const TRAVEL_ASSUMPTIONS = {
  detourFactor: 1.4,
  walkingMetresPerMinute: 4000 / 60,
  drivingMetresPerMinute: 30_000 / 60,
  sources: TRAVEL_SOURCES,
} as const;

export const NETWORK_REACH_REVIEW: DataReview = {
  table: 'NETWORK_REACH_TARGETS',
  reviewed: '2026-12-06',
  sources: [...NETWORK_REACH_TARGETS.sources, ...TRAVEL_ASSUMPTIONS.sources],
  reReview: {
    who: 'The operator, with the Jining Justice Bureau’s public legal service office',
    when: 'When the plan’s text is read (to confirm the 15/30-minute targets and whether they name a means of travel), and when the next plan replaces it',
  },
};
