// How long a visit is and how many residents a window serves at once, per
// center level. These are the sandbox's operating choices, not law: a county
// sets its own [U].
import type { CenterLevel } from './dataset/jining-dataset.js';

export const SLOT_MINUTES = 30;

export const PLACES_PER_SLOT: Record<CenterLevel, number> = {
  city: 4,
  county: 3,
  branch: 2,
  township: 1,
};
