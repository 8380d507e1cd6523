// Static files (out/): the page is a server component with the widgets left to the browser.
export default { output: 'export' };
