// Generated from openapi/public-legal-services.yaml (the 2xx reply of getAvailability) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const getAvailability: Reply = { operation: 'getAvailability', shape: '{center:s,service:s,days:[{date:s,status:s,holiday?:{zh-CN:s,en:s},makeUpWorkday?:b,provisional:b,slots:[{start:s,end:s,capacity:n,remaining:n}],closures?:[{from?:s,to?:s,reason:{zh-CN:s,en:s}}]}]}' };
