// Generated from package.json by scripts/write-version.mjs at build time: never edit.
// The library version stamped on every class it defines, so that define() can
// tell "this copy already defined it" from "another version got there first".
export const PLSKIT_ELEMENTS_VERSION = '0.1.0';
