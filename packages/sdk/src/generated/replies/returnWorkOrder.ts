// Generated from openapi/public-legal-services.yaml (the 2xx reply of returnWorkOrder) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const returnWorkOrder: Reply = { operation: 'returnWorkOrder', shape: '{reference:s,kind:s,channel:s,status:s,topic:s,region:s,center:s|z,callbackWindow?:{date:s,part:s},text:s,contact:{name:s,phone:s},consent:{privacyNotice:s,form:s},dueBy:s,overdue:b,timeline:[{kind:s,at:s,center?:s,resolution?:s,reason?:s}],answer?:{text:s,at:s},resolution?:s,createdAt:s,updatedAt?:s}' };
