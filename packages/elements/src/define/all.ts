// Defines every plskit element. The CMS bundle (dist/cdn/plskit.js) is this file with lit included.
import './provider.js';
import './lawyer-finder.js';
import './aid-eligibility.js';

export { PlsProvider } from './provider.js';
export { PlsLawyerFinder } from './lawyer-finder.js';
export { PlsAidEligibility } from './aid-eligibility.js';
