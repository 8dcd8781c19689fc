import { EditorContent, useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { chipsToTags, tagsToChips } from '../editor/mergeTagHtml';
import { MergeTagNode } from '../editor/mergeTagNode';
import { EditorToolbar } from './EditorToolbar';

/** Where the tag panel inserts a tag: the editor shown at the moment registers itself here. */
export type Inserter = RefObject<((name: string) => void) | null>;

type Props = {
  html: string;
  onChange: (html: string) => void;
  inserterRef: Inserter;
  describe: (name: string) => string | undefined;
};

/** A word-processor-like editor (TipTap); merge tags are chips that cannot be half-edited. */
export function VisualEditor({ html, onChange, inserterRef, describe }: Props) {
  const { t } = useTranslation();
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  });
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ code: false, codeBlock: false, link: { openOnClick: false } }),
      MergeTagNode.configure({ describe }),
    ],
    content: tagsToChips(html),
    editorProps: {
      attributes: {
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-label': t('templates.editor.visualLabel'),
        class: 'visual-editor-content',
      },
    },
    // Loading the content is no change: only the user's edits are reported.
    onUpdate: ({ editor: changed }) => onChangeRef.current(chipsToTags(changed.getHTML())),
  });

  useEffect(() => {
    const insert = (name: string) => editor.chain().focus().insertMergeTag(name).run();
    inserterRef.current = insert;
    return () => {
      if (inserterRef.current === insert) inserterRef.current = null;
    };
  }, [editor, inserterRef]);

  return (
    <div className="visual-editor">
      <EditorToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
