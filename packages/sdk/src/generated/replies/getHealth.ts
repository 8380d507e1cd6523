// Generated from openapi/public-legal-services.yaml (the 2xx reply of getHealth) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const getHealth: Reply = { operation: 'getHealth', shape: '{status:s,time:s,capabilities?:{reads:b,writes:b},storage?:s,erasure?:s,dataset?:{*:n}}' };
