// Generated from openapi/public-legal-services.yaml (the 2xx reply of closeCenter) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const closeCenter: Reply = { operation: 'closeCenter', shape: '{id:s,center:s,date:s,from?:s,to?:s,reason:{zh-CN:s,en:s},cancelled:n,createdAt:s,reopenedAt?:s}' };
