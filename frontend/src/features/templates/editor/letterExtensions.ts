import { Extension, Mark, mergeAttributes, Node, type Extensions } from '@tiptap/core';
import { Table, TableCell, TableHeader, TableRow } from '@tiptap/extension-table';
import StarterKit from '@tiptap/starter-kit';
import { chipAttribute } from './mergeTagHtml';
import { MergeTagNode, type MergeTagOptions } from './mergeTagNode';

/** Marks a paragraph the editor made up around loose text, so the HTML can drop it again. */
export const implicitAttribute = 'data-implicit-paragraph';

const styled = [
  'paragraph',
  'heading',
  'blockquote',
  'bulletList',
  'orderedList',
  'listItem',
  'horizontalRule',
  'table',
  'tableRow',
  'tableCell',
  'tableHeader',
  'division',
  'bold',
  'italic',
  'underline',
  'strike',
  'small',
  'span',
];

const kept = (name: string) => ({
  default: null,
  parseHTML: (element: HTMLElement) => element.getAttribute(name),
  renderHTML: (attributes: Record<string, unknown>) =>
    attributes[name] ? { [name]: attributes[name] } : {},
});

/**
 * The classes and inline styles the letter's layout rests on (`class="credentials"`, widths…):
 * the backend keeps them, so the editor must carry them through unchanged.
 */
const ClassesAndStyles = Extension.create({
  name: 'classesAndStyles',
  addGlobalAttributes() {
    return [
      { types: styled, attributes: { class: kept('class'), style: kept('style') } },
      {
        // A `<p>` of the body parses this to true; a paragraph ProseMirror wraps around the
        // loose text of a cell, item or block keeps false, and is unwrapped on the way out.
        types: ['paragraph'],
        attributes: {
          written: {
            default: false,
            parseHTML: () => true,
            renderHTML: (attributes) => (attributes.written ? {} : { [implicitAttribute]: '' }),
          },
        },
      },
    ];
  },
});

/** A `<div>` (a recipient block, an address…) kept as a block around its content. */
const Division = Node.create({
  name: 'division',
  group: 'block',
  content: 'block+',
  defining: true,
  parseHTML: () => [{ tag: 'div' }],
  renderHTML: ({ HTMLAttributes }) => ['div', HTMLAttributes, 0],
});

/** A `<span>` with a class or style (not a merge-tag chip, which is its own node). */
const Span = Mark.create({
  name: 'span',
  parseHTML: () => [
    { tag: 'span', getAttrs: (element) => (element.hasAttribute(chipAttribute) ? false : null) },
  ],
  renderHTML: ({ HTMLAttributes }) => ['span', HTMLAttributes, 0],
});

const Small = Mark.create({
  name: 'small',
  parseHTML: () => [{ tag: 'small' }],
  renderHTML: ({ HTMLAttributes }) => ['small', HTMLAttributes, 0],
});

/** Tables as the letter writes them: no `<colgroup>` or widths of the editor's own. */
const LetterTable = Table.extend({
  renderHTML: ({ HTMLAttributes }) => ['table', mergeAttributes(HTMLAttributes), ['tbody', 0]],
});

// Alignment stays in the cell's own style attribute rather than being rewritten.
const withoutAlign = <T extends typeof TableCell | typeof TableHeader>(cell: T) =>
  cell.extend({
    addAttributes() {
      const attributes = { ...(this.parent?.() ?? {}) } as Record<string, unknown>;
      delete attributes.align;
      return attributes;
    },
  });

/**
 * What the visual editor understands: the elements the backend keeps in a template (see its
 * sanitizer) and nothing it would throw away (no links, no code).
 */
export function letterExtensions(describe: MergeTagOptions['describe']): Extensions {
  return [
    StarterKit.configure({
      code: false,
      codeBlock: false,
      link: false,
      trailingNode: false,
      heading: { levels: [1, 2, 3, 4] },
    }),
    ClassesAndStyles,
    Division,
    Span,
    Small,
    LetterTable.configure({ resizable: false }),
    TableRow,
    withoutAlign(TableHeader),
    withoutAlign(TableCell),
    MergeTagNode.configure({ describe }),
  ];
}
