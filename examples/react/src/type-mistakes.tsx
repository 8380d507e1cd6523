// Mistakes the types must catch. Never rendered; type-checked with the app:
// if one of them ever compiles, tsc fails on its unused @ts-expect-error.
export const mistakes = [
  // @ts-expect-error a locale plskit does not have
  <pls-lawyer-finder locale="fr" />,
  // @ts-expect-error page-size is a number
  <pls-lawyer-finder pageSize="ten" />,
  // @ts-expect-error a misspelt property (TypeScript checks no JSX attribute name with a dash: use the camelCase names)
  <pls-lawyer-finder pageSise={5} />,
  // @ts-expect-error the select event's detail has lawyerId, firmId and region, not a name
  <pls-lawyer-finder onpls-lawyer-select={(event) => event.detail.lawyerName} />,
  // @ts-expect-error a tag plskit does not define
  <pls-lawyer-findr />,
];
