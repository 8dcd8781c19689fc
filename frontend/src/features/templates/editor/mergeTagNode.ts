import { mergeAttributes, Node } from '@tiptap/core';
import { chipAttribute } from './mergeTagHtml';

export type MergeTagOptions = {
  /** The French (or English) description of a tag, shown as the chip's tooltip. */
  describe: (name: string) => string | undefined;
};

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    mergeTag: { insertMergeTag: (name: string) => ReturnType };
  }
}

/**
 * A merge tag as a chip: an inline atom the text cursor steps over and that cannot be half-edited.
 * In HTML it is `<span data-merge-tag="login">{{login}}</span>`; `chipsToTags` makes it `{{login}}`.
 */
export const MergeTagNode = Node.create<MergeTagOptions>({
  name: 'mergeTag',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { describe: () => undefined };
  },

  addAttributes() {
    return {
      name: {
        default: '',
        parseHTML: (element) => element.getAttribute(chipAttribute) ?? '',
        renderHTML: (attributes) => ({ [chipAttribute]: String(attributes.name) }),
      },
    };
  },

  parseHTML() {
    return [{ tag: `span[${chipAttribute}]` }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', mergeAttributes(HTMLAttributes), `{{${String(node.attrs.name)}}}`];
  },

  renderText({ node }) {
    return `{{${String(node.attrs.name)}}}`;
  },

  addNodeView() {
    return ({ node }) => {
      const name = String(node.attrs.name);
      const chip = document.createElement('span');
      chip.className = 'merge-tag-chip';
      chip.setAttribute('contenteditable', 'false');
      chip.setAttribute(chipAttribute, name);
      chip.textContent = `{{${name}}}`;
      const description = this.options.describe(name);
      if (description) chip.title = description;
      return { dom: chip };
    };
  },

  addCommands() {
    return {
      insertMergeTag:
        (name) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { name } }),
    };
  },
});
