// Generated from openapi/public-legal-services.yaml (the 2xx reply of rescheduleAppointment) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const rescheduleAppointment: Reply = { operation: 'rescheduleAppointment', shape: '{reference:s,manageToken?:s,status:s,center:s,service:s,slot:{start:s,end:s},contact:{name:s,phone:s},privacyNotice?:s,createdAt:s}' };
