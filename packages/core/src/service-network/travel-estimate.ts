// A rough walking and driving time for a straight-line distance, and how it
// compares with the plan's reach targets. Rough on purpose, and said to be so:
// the resident's real route is unknown to plskit and stays so.
import { NETWORK_REACH_TARGETS, TRAVEL_ASSUMPTIONS } from './network-reach.data.js';

export interface TravelEstimate {
  /** Minutes on foot, rounded up to whole 5 minutes (at least 5). */
  walkMinutes: number;
  /** Minutes by car, rounded up likewise. */
  driveMinutes: number;
}

const roundUp = (minutes: number): number => Math.max(5, Math.ceil(minutes / 5) * 5);

export function travelEstimate(straightLineMetres: number): TravelEstimate {
  const road = straightLineMetres * TRAVEL_ASSUMPTIONS.detourFactor;
  return {
    walkMinutes: roundUp(road / TRAVEL_ASSUMPTIONS.walkingMetresPerMinute),
    driveMinutes: roundUp(road / TRAVEL_ASSUMPTIONS.drivingMetresPerMinute),
  };
}

/** Which of the plan's targets an estimated time meets: the town's (15 min), only the village's (30 min), or neither. */
export type ReachVerdict = 'within-urban-target' | 'within-rural-target' | 'beyond-targets';

export function reachVerdict(minutes: number): ReachVerdict {
  if (minutes <= NETWORK_REACH_TARGETS.urbanMinutes) return 'within-urban-target';
  if (minutes <= NETWORK_REACH_TARGETS.ruralMinutes) return 'within-rural-target';
  return 'beyond-targets';
}
