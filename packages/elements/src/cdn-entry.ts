// dist/cdn/plskit.js: the loader, with each tag's chunk beside it (pls-<name>.js).
import { startAutoloader } from './autoloader.js';
import { openDialogsOnClick } from './dialog/open-on-click.js';

// data-pls-open works from the first click, even before the dialog's chunk has arrived
openDialogsOnClick();
startAutoloader((tag) => new URL(`./${tag}.js`, import.meta.url).href);
