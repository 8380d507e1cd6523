// Copies text for "copy as text": the async Clipboard API where the page allows
// it, else a hidden textarea and execCommand (older browsers, http pages, or a
// permissions policy that blocks clipboard-write in an iframe).
export async function copyText(text: string, scratch: Node & ParentNode): Promise<boolean> {
  try {
    const clipboard = globalThis.navigator?.clipboard as Clipboard | undefined;
    if (clipboard) {
      await clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.className = 'visually-hidden';
  scratch.append(area);
  try {
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
