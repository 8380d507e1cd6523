// Generated from openapi/public-legal-services.yaml (the 2xx reply of listStaffWorkOrders) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listStaffWorkOrders: Reply = { operation: 'listStaffWorkOrders', shape: '{items:[{reference:s,kind:s,channel:s,status:s,topic:s,region:s,center:s|z,callbackWindow?:{date:s,part:s},contact:{name:s,phone:s},dueBy:s,overdue:b,createdAt:s}],total:n,nextCursor:s|z}' };
