// Generated from openapi/public-legal-services.yaml (the 2xx reply of getServicePoint) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const getServicePoint: Reply = { operation: 'getServicePoint', shape: '{id:s,kind:s,name:s,level?:s,bookable:b,region:s,township?:{code:s,name:s},village?:s,address:s,phone:s,hours?:{seasons:[{code:s,name:{zh-CN:s,en:s},fromMonth:n,toMonth:n,weekdays:{*:[{start:s,end:s}]},makeUpWorkday:[{start:s,end:s}]}],closedOnHolidays:b,unverified?:b},duty?:[{weekday:n,part:s}],services:[s],appraisalCategories?:[s],notaryMatters?:[s],foreignUse?:b,affiliation?:s,wechatGroup?:s,location?:{latitude:n,longitude:n,precision:n}}' };
