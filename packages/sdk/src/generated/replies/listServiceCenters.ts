// Generated from openapi/public-legal-services.yaml (the 2xx reply of listServiceCenters) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const listServiceCenters: Reply = { operation: 'listServiceCenters', shape: '{items:[{id:s,name:s,level:s,region:s,address:s,phone:s,hours:{seasons:[{code:s,name:{zh-CN:s,en:s},fromMonth:n,toMonth:n,weekdays:{*:[{start:s,end:s}]},makeUpWorkday:[{start:s,end:s}]}],closedOnHolidays:b,unverified?:b},services:[s],township?:{code:s,name:s},location?:{latitude:n,longitude:n,precision:n}}],total:n,nextCursor:s|z}' };
