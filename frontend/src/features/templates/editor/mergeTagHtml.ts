/**
 * `{{ name }}` in a body: a merge tag, replaced by each recipient's value; `{{#name}}`, `{{^name}}`
 * and `{{/name}}` open and close a section shown only when the tag has a value (or has none).
 */
const tagPattern = /\{\{\s*([#^/]?\s*[A-Za-z0-9_.-]+)\s*\}\}/g;

export const chipAttribute = 'data-merge-tag';

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

function textNodes(root: Node): Text[] {
  const walker = root.ownerDocument?.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let node = walker?.nextNode(); node; node = walker?.nextNode()) nodes.push(node as Text);
  return nodes;
}

/** The body with every `{{name}}` of its text made a `<span data-merge-tag="name">` chip. */
export function tagsToChips(html: string): string {
  const body = parse(html);
  for (const node of textNodes(body)) {
    const text = node.data;
    if (!tagPattern.test(text)) continue;
    tagPattern.lastIndex = 0;
    const fragment = body.ownerDocument.createDocumentFragment();
    let last = 0;
    for (const match of text.matchAll(tagPattern)) {
      fragment.append(text.slice(last, match.index));
      const chip = body.ownerDocument.createElement('span');
      const tag = (match[1] ?? '').replace(/\s+/g, '');
      chip.setAttribute(chipAttribute, tag);
      chip.textContent = `{{${tag}}}`;
      fragment.append(chip);
      last = match.index + match[0].length;
    }
    fragment.append(text.slice(last));
    node.replaceWith(fragment);
  }
  return body.innerHTML;
}

/** The editor's HTML with each chip written back as plain `{{name}}` text. */
export function chipsToTags(html: string): string {
  const body = parse(html);
  body.querySelectorAll(`span[${chipAttribute}]`).forEach((chip) => {
    chip.replaceWith(`{{${chip.getAttribute(chipAttribute) ?? ''}}}`);
  });
  return body.innerHTML;
}
