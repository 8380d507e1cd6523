// The <pls-*> tags in templates: typed props and @pls-* events (generated from
// the package's custom-elements.json); checked by vue-tsc with strictTemplates.
/// <reference types="@plskit/elements/vue" />
