// Generated from openapi/public-legal-services.yaml (the 2xx reply of checkEligibility) by scripts/generate.mjs: never edit by hand;
// change the contract and run `npm run generate` (`npm run lint` fails while this is stale).
import type { Reply } from '../../reply-shape.js';

export const checkEligibility: Reply = { operation: 'checkEligibility', shape: '{outcome:s,meansTest:s,missing:[s],reasons:[{code:s,text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}}}],nextSteps:[{code:s,text:{zh-CN:s,en:s},basis?:{law:s,article:s,title?:{zh-CN:s,en:s}}}],documents:[{code:s,name:{zh-CN:s,en:s},note?:{zh-CN:s,en:s},basis?:{law:s,article:s,title?:{zh-CN:s,en:s}}}],whereToApply:{text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}}},decisionTime:{days:n,unit:s,text:{zh-CN:s,en:s},basis:{law:s,article:s,title?:{zh-CN:s,en:s}}}|z,ruleset:{id:s,version:s,effectiveFrom:s}}' };
