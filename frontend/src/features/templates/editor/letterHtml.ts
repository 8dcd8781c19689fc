import { Editor } from '@tiptap/core';
import { implicitAttribute, letterExtensions } from './letterExtensions';
import { chipsToTags, tagsToChips } from './mergeTagHtml';

function parse(html: string): HTMLElement {
  return new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body;
}

/**
 * The editor's HTML as a template body: chips back to `{{tags}}`, and the paragraphs the editor
 * wrapped around the lone text of a cell, list item or block taken away again.
 */
export function editorHtmlToBody(html: string): string {
  const body = parse(chipsToTags(html));
  body.querySelectorAll(`p[${implicitAttribute}]`).forEach((paragraph) => {
    const parent = paragraph.parentElement;
    const alone = parent !== body && parent?.children.length === 1;
    if (alone && paragraph.attributes.length === 1) paragraph.replaceWith(...paragraph.childNodes);
    else paragraph.removeAttribute(implicitAttribute);
  });
  return body.innerHTML;
}

/** The body as it comes out of the visual editor untouched: loaded, then read back. */
export function visualRoundTrip(html: string): string {
  const editor = new Editor({
    extensions: letterExtensions(() => undefined),
    content: tagsToChips(html),
  });
  try {
    return editorHtmlToBody(editor.getHTML());
  } finally {
    editor.destroy();
  }
}

// Spellings the letter renders the same way.
const sameElement: Record<string, string> = { b: 'strong', i: 'em' };

function styleOf(element: Element): string {
  const style = (element as HTMLElement).style;
  const declarations: string[] = [];
  for (let index = 0; index < style.length; index++) {
    const name = style.item(index);
    declarations.push(`${name}:${style.getPropertyValue(name).replace(/\s+/g, ' ')}`);
  }
  return declarations.sort().join(';');
}

/** What the letter keeps of an element: its name, classes, styles and cell spans. */
function describeElement(element: Element): string {
  const name = element.tagName.toLowerCase();
  const parts = [sameElement[name] ?? name];
  const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
  if (classes.length) parts.push(`.${classes.join('.')}`);
  const style = styleOf(element);
  if (style) parts.push(`[style=${style}]`);
  for (const span of ['colspan', 'rowspan']) {
    const value = element.getAttribute(span);
    if (value && value !== '1') parts.push(`[${span}=${value}]`);
  }
  return parts.join('');
}

/** The body as a flat list of opening elements, closings and words, spacing ignored. */
function outline(html: string): string[] {
  const items: string[] = [];
  const walk = (node: Node) => {
    node.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        items.push(...(child.textContent ?? '').split(/\s+/).filter(Boolean));
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        items.push(`<${describeElement(element)}>`);
        walk(element);
        items.push(
          `</${sameElement[element.tagName.toLowerCase()] ?? element.tagName.toLowerCase()}>`,
        );
      }
    });
  };
  walk(parse(html));
  return items;
}

/**
 * What the visual editor would lose of this body (elements, classes, styles, text), described
 * by the first few differing items; empty when the round trip keeps it all.
 */
export function visualEditorLoss(html: string): string[] {
  const before = outline(html);
  const after = outline(visualRoundTrip(html));
  const lost: string[] = [];
  let index = 0;
  while (index < before.length && before[index] === after[index]) index++;
  if (index === before.length && index === after.length) return lost;
  // Name the first elements that differ: enough to explain, not a whole diff.
  for (const item of before.slice(index, index + 40)) {
    if (item.startsWith('<') && !item.startsWith('</') && !after.includes(item)) lost.push(item);
    if (lost.length === 3) break;
  }
  return lost.length ? lost : [before[index] ?? after[index] ?? ''];
}
