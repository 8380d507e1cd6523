// Rollup plugins for the text inside html`` and css`` templates, which terser
// leaves alone.

/**
 * After terser, a line break can only be inside a template literal: the
 * indentation after it is markup or style white space, never content.
 */
export const templateIndentation = {
  name: 'plskit-template-indentation',
  renderChunk: (code) => ({ code: code.replace(/\n[ \t]+/g, '\n'), map: null }),
};

/**
 * The static text of a css`` template without comments, and without the white
 * space around braces, colons, semicolons, commas and child combinators. A
 * space before a colon is kept: in `.filters :focus` it is a descendant
 * combinator.
 */
const minifyCssText = (text) => text
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}');

/** Minifies every css`` template's static text; the `${…}` parts stay as they are. */
export const cssTemplates = {
  name: 'plskit-css-templates',
  transform: (code) => (/\bcss ?`/.test(code)
    ? { code: code.replace(/\bcss ?`([^`]*)`/g, (_template, body) => `css\`${body.split(/(\$\{[^}]*\})/).map((part, index) => (index % 2 ? part : minifyCssText(part))).join('')}\``), map: null }
    : null),
};
