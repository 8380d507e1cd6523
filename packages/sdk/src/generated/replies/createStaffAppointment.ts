// Generated from openapi/public-legal-services.yaml (the 2xx reply of createStaffAppointment) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const createStaffAppointment: Reply = { operation: 'createStaffAppointment', shape: '{reference:s,status:s,service:s,slot:{start:s,end:s},channel:s,contact:{name:s,phone:s},note?:s,createdAt:s,updatedAt:s}' };
