// dist/cdn/plskit.js: the loader, with each tag's chunk beside it (pls-<name>.js).
import { startAutoloader } from './autoloader.js';

startAutoloader((tag) => new URL(`./${tag}.js`, import.meta.url).href);
