// Generated from openapi/public-legal-services.yaml (the 2xx reply of listAuditEvents) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listAuditEvents: Reply = { operation: 'listAuditEvents', shape: '{items:[{id:s,at:s,actor:s,action:s,center?:s,date?:s,reference?:s,references?:[s],closure?:s,client:s}],total:n,nextCursor:s|z}' };
