// Generated from openapi/public-legal-services.yaml (the 2xx reply of listCenterRoster) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listCenterRoster: Reply = { operation: 'listCenterRoster', shape: '{center:s,date:s,items:[{reference:s,status:s,service:s,slot:{start:s,end:s},channel:s,contact:{name:s,phone:s},note?:s,createdAt:s,updatedAt:s}],erased:n}' };
