// Mistakes the types must catch. Never rendered; type-checked with the app:
// if one of them ever compiles, tsc fails on its unused @ts-expect-error.
export const mistakes = [
  // @ts-expect-error a locale plskit does not have
  <pls-lawyer-finder locale="fr" />,
  // @ts-expect-error the booked event's detail has a reference, not the resident's name
  <pls-appointment-booker onpls-appointment-booked={(event) => event.detail.name} />,
  // @ts-expect-error the dialog's close detail has a reason, not a trigger
  <pls-dialog onpls-dialog-close={(event) => event.detail.trigger} />,
];
