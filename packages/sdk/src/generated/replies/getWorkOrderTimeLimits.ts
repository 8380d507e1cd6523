// Generated from openapi/public-legal-services.yaml (the 2xx reply of getWorkOrderTimeLimits) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const getWorkOrderTimeLimits: Reply = { operation: 'getWorkOrderTimeLimits', shape: '{today:s,question:{workingDays:n,dueBy:s},callback:{workingDays:n,days:[s]},provisional:b,unverified:b}' };
