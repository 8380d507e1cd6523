// The <pls-*> tags in JSX: props typed from the element classes, onpls-* handlers
// from the event classes (generated from the package's custom-elements.json).
/// <reference types="@plskit/elements/react" />
