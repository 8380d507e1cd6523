// Generated from openapi/public-legal-services.yaml (the 2xx reply of listRegions) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listRegions: Reply = { operation: 'listRegions', shape: '{items:[{code:s,name:{zh-CN:s,en:s},kind:s,parent?:s,statisticalCode:b}]}' };
